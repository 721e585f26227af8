package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for a plan's audit trail (storico delle modifiche), oldest first; answered with an {@link AuditTrailView}.
 *
 * @param objectiveId when not {@code null}, only the entries about this objective and its phases
 * @param userId the user who asks: a user who holds no role in the plan's organisation (ente) is answered as if the
 *               plan did not exist
 * @param page when not {@code null}, only this page (from 0) of {@code size} entries; otherwise every entry
 * @param size the entries per page, at least 1, when a page is asked for
 */
public record FindAuditTrailQuery(PlanId planId, String objectiveId, String userId, Integer page, Integer size) {

    public FindAuditTrailQuery {
        if (page != null && (page < 0 || size == null || size < 1)) {
            throw new IllegalArgumentException("A page needs a number from 0 and a size from 1: " + page + ", " + size);
        }
    }

    /** Every entry of the trail. */
    public FindAuditTrailQuery(PlanId planId, String objectiveId, String userId) {
        this(planId, objectiveId, userId, null, null);
    }
}
