package it.traccia.kernel.rule;

/** A weight (peso) outside 0–100, with more than two decimals, or not a number. */
public final class InvalidWeight extends RuleViolation {

    private static final String RULE = "Il peso deve essere un numero da 0 a 100 con al massimo due decimali";

    public InvalidWeight(String field, Object value) {
        super(Refusal.INVALID, field, RULE + ", non '" + Echo.of(value) + "'");
    }

    /** A weight far too large or too fine to be repeated back, such as a number of a million digits. */
    public InvalidWeight(String field) {
        super(Refusal.INVALID, field, RULE);
    }
}
