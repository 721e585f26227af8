package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.PlanId;

/** Asks for one verifica intermedia of a plan; answered with a {@link MidYearCheckView}, or null when there is none. */
public record FindMidYearCheckQuery(PlanId planId, int number, String userId) {
}
