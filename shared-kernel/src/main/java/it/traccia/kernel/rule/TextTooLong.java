package it.traccia.kernel.rule;

/** A text longer than the plan accepts for its field. */
public final class TextTooLong extends RuleViolation {

    public TextTooLong(String field, int maxLength) {
        super(Refusal.INVALID, field, "Il testo supera i " + maxLength + " caratteri ammessi");
    }
}
