package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/** Asks for the current plan as a tree; answered with a {@link PlanView}, or {@code null} when there is no such plan. */
public record FindPlanQuery(PlanId planId) {
}
