package it.traccia.kernel.rule;

/** A record citing more supporting documents (documenti a supporto) than Traccia keeps for one record. */
public final class TooManyEvidence extends RuleViolation {

    public TooManyEvidence(String field, int count, int max) {
        super(Refusal.INVALID, field, "Un completamento può citare al massimo " + max + " documenti a supporto, non "
                + count);
    }
}
