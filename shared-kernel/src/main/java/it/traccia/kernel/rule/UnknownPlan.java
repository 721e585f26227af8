package it.traccia.kernel.rule;

/** A plan (piano) id that no plan has. */
public final class UnknownPlan extends RuleViolation {

    public UnknownPlan(String planId) {
        super(Refusal.NOT_FOUND, "planId", "Il piano '" + Echo.of(planId) + "' non esiste");
    }
}
