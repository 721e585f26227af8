package it.traccia.kernel.rule;

/** A variation (variazione) asked for a plan that is not adopted. */
public final class PlanNotAdopted extends RuleViolation {

    public PlanNotAdopted(String status) {
        super(Refusal.CONFLICT, null, "Si può variare solo un piano adottato; questo è nello stato " + status);
    }
}
