package it.traccia.kernel.plan.query;

/**
 * Asks for the plans a user may read (piani consultabili): those of every organisation (ente) in which the user holds
 * a role, by organisation and year; answered with a {@link PlanSummariesView}.
 */
public record FindReadablePlansQuery(String userId) {
}
