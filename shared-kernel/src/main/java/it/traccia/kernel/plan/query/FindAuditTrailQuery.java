package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for a plan's audit trail (storico delle modifiche), oldest first; answered with an {@link AuditTrailView}.
 *
 * @param objectiveId when not {@code null}, only the entries about this objective and its phases
 * @param userId the user who asks: a user who holds no role in the plan's organisation (ente) is answered as if the
 *               plan did not exist
 */
public record FindAuditTrailQuery(PlanId planId, String objectiveId, String userId) {
}
