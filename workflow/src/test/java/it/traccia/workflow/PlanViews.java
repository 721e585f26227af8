package it.traccia.workflow;

import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.plan.query.PlanView;

import java.time.Instant;
import java.util.List;

/** Plans as the read model shows them, reduced to what the workflow looks at: status, version and year. */
public final class PlanViews {

    /** The organisation (ente) of every plan of these tests. */
    public static final String ORGANISATION_ID = "ente-monte-cremasco";

    private PlanViews() {
    }

    public static PlanView aDraftPlan(String planId, int version, int year) {
        return aPlan(planId, PlanStatus.DRAFT, version, year);
    }

    public static PlanView aSubmittedPlan(String planId, int version, int year) {
        return aPlan(planId, PlanStatus.SUBMITTED, version, year);
    }

    public static PlanView anAdoptedPlan(String planId, int version, int year) {
        return aPlan(planId, PlanStatus.ADOPTED, version, year);
    }

    private static PlanView aPlan(String planId, PlanStatus status, int version, int year) {
        return new PlanView(planId, ORGANISATION_ID, "Comune di Monte Cremasco", "CR", year, year + 2, year, status, version,
                List.of(), null, List.of(), null, true, 0, Instant.parse("2026-11-02T10:00:00Z"), null, null);
    }
}
