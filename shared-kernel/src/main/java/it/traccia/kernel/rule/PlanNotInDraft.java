package it.traccia.kernel.rule;

/** An edit of a plan that is not a draft (bozza). */
public final class PlanNotInDraft extends RuleViolation {

    public PlanNotInDraft(String status) {
        super(Refusal.CONFLICT, null, "Il piano non è in bozza (stato " + status + "): non si può modificare");
    }
}
