package it.traccia.kernel.rule;

/** A date (data) that does not exist or is not written as expected; never corrected silently. */
public final class InvalidDate extends RuleViolation {

    public InvalidDate(String field, String value) {
        super(Refusal.INVALID, field, "La data '" + Echo.of(value) + "' non esiste o non è nel formato aaaa-mm-gg");
    }
}
