package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for the findings of a plan's import; answered with an {@link ImportFindingsView}, or null if it was not imported.
 *
 * @param userId the user who asks: a user who holds no role in the plan's organisation (ente) is answered as if the
 *               plan did not exist
 */
public record FindImportFindingsQuery(PlanId planId, String userId) {
}
