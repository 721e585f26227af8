package it.traccia.kernel;

/** How a measured value must compare with a target's number (confronto): "entro 30" is at most, "almeno 40" at least. */
public enum Comparison {
    AT_MOST("≤"),
    AT_LEAST("≥"),
    EQUAL("="),
    LESS_THAN("<"),
    MORE_THAN(">");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
