package it.traccia.kernel.rule;

/**
 * A rule that a plan must meet before it goes to the Giunta (regola di trasmissione). Its field names the part of
 * the plan concerned as a path, e.g. {@code Segreteria/6/6.1/deadline} or {@code common/2/weight}.
 */
public abstract class SubmissionRule extends RuleViolation {

    protected SubmissionRule(String field, String message) {
        super(Refusal.INVALID, field, message);
    }
}
