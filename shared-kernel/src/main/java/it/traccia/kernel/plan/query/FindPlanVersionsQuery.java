package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/** Asks for the adopted versions of a plan; answered with a {@link PlanVersionsView}, or null when there is no such plan. */
public record FindPlanVersionsQuery(PlanId planId) {
}
