package it.traccia.kernel.rule;

/** An objective without a target (valore atteso / target). */
public final class MissingTarget extends SubmissionRule {

    public MissingTarget(String field, String subject) {
        super(field, subject + " non ha un target");
    }
}
