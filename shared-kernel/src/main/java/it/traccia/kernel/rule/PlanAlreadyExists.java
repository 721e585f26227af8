package it.traccia.kernel.rule;

import java.util.Map;

/**
 * A second plan for the same organisation (ente) and year. It names the existing plan's id when the caller may read
 * that plan, so that they can open it instead.
 */
public final class PlanAlreadyExists extends RuleViolation {

    private final String planId;

    /** The refusal for a caller who may not read the existing plan: its id is not told. */
    public PlanAlreadyExists(String organisation, int year) {
        this(organisation, year, null);
    }

    /** The refusal naming the existing plan, for a caller who may read it. */
    public PlanAlreadyExists(String organisation, int year, String planId) {
        super(Refusal.CONFLICT, "organisation", "Esiste già un piano " + year + " per " + Echo.of(organisation));
        this.planId = planId;
    }

    @Override
    public Map<String, Object> details() {
        return planId == null ? Map.of() : Map.of("planId", planId);
    }
}
