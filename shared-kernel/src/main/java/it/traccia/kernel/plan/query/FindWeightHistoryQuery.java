package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for the weight history (storia del peso) of one objective or phase; answered with a {@link WeightHistoryView},
 * or {@code null} when the plan never had that element.
 *
 * @param elementId the id of the objective or phase
 * @param userId the user who asks: a user who holds no role in the plan's organisation (ente) is answered as if the
 *               plan did not exist
 */
public record FindWeightHistoryQuery(PlanId planId, String elementId, String userId) {
}
