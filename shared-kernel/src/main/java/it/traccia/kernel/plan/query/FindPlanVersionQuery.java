package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for one adopted version of a plan exactly as it was adopted; answered with a {@link PlanView}, or null when
 * that version was never adopted.
 */
public record FindPlanVersionQuery(PlanId planId, int version) {
}
