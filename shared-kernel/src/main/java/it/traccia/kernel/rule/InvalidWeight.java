package it.traccia.kernel.rule;

/** A weight (peso) outside 0–100, with more than two decimals, or not a number. */
public final class InvalidWeight extends RuleViolation {

    public InvalidWeight(String field, Object value) {
        super(Refusal.INVALID, field, "Il peso deve essere un numero da 0 a 100 con al massimo due decimali, non '" + value + "'");
    }
}
