package it.traccia.kernel.rule;

/** An objective without an indicator (indicatore). */
public final class MissingIndicator extends SubmissionRule {

    public MissingIndicator(String field, String subject) {
        super(field, subject + " non ha un indicatore");
    }
}
