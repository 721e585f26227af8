package it.traccia.kernel.rule;

/** An objective or phase number (numero) that is not written as the plan numbers them. */
public final class InvalidNumber extends RuleViolation {

    public InvalidNumber(String field, String number, String expected) {
        super(Refusal.INVALID, field, "Il numero '" + Echo.of(number) + "' non è valido: " + expected);
    }
}
