package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for the current plan as a tree; answered with a {@link PlanView}, or {@code null} when there is no such plan.
 *
 * @param userId the user who asks: a user who holds no role in the plan's organisation (ente) is answered as if the
 *               plan did not exist
 */
public record FindPlanQuery(PlanId planId, String userId) {
}
