package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for one adopted version of a plan exactly as it was adopted; answered with a {@link PlanView}, or null when
 * that version was never adopted.
 *
 * @param userId the user who asks: a user who holds no role in the plan's organisation (ente) is answered as if the
 *               plan did not exist
 */
public record FindPlanVersionQuery(PlanId planId, int version, String userId) {
}
