package it.traccia.kernel.rule;

/** A document that Traccia cannot read as a plan (documento illeggibile): empty, not a text export nor a .docx, or without a plan. */
public final class UnreadableDocument extends RuleViolation {

    public UnreadableDocument(String reason) {
        super(Refusal.INVALID, "file", "Il documento non si può importare: " + reason);
    }
}
