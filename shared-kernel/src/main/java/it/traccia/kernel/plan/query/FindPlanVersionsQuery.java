package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for the adopted versions of a plan; answered with a {@link PlanVersionsView}, or null when there is no such plan.
 *
 * @param userId the user who asks: a user who holds no role in the plan's organisation (ente) is answered as if the
 *               plan did not exist
 */
public record FindPlanVersionsQuery(PlanId planId, String userId) {
}
