package it.traccia.kernel.rule;

/** A Giunta decision recorded on a plan that is not waiting for it (piano non trasmesso alla Giunta). */
public final class PlanNotSubmitted extends RuleViolation {

    public PlanNotSubmitted(String status) {
        super(Refusal.CONFLICT, null, "Il piano non è all'esame della Giunta (stato " + status + ")");
    }
}
