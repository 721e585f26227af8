package it.traccia.kernel.rule;

/** An objective without a deadline (scadenza). */
public final class MissingDeadline extends SubmissionRule {

    public MissingDeadline(String field, String subject) {
        super(field, subject + " non ha una scadenza");
    }
}
