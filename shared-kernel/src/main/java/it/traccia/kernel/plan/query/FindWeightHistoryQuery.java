package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for the weight history (storia del peso) of one objective or phase; answered with a {@link WeightHistoryView},
 * or {@code null} when the plan never had that element.
 *
 * @param elementId the id of the objective or phase
 */
public record FindWeightHistoryQuery(PlanId planId, String elementId) {
}
