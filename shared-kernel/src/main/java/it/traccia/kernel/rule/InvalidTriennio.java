package it.traccia.kernel.rule;

/** Plan years (triennio e annualità) that do not form a three-year span containing the annual year. */
public final class InvalidTriennio extends RuleViolation {

    public InvalidTriennio(String field, String message) {
        super(Refusal.INVALID, field, message);
    }
}
