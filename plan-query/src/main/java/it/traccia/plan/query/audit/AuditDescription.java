package it.traccia.plan.query.audit;

import java.util.List;

/**
 * What an event did, as the audit trail tells it (descrizione): the subject, the ids it concerns, the changes, the reason
 * and, for the steps of the plan's cycle (trasmissione, adozione, variazione, …), a sentence in Italian (else null).
 */
record AuditDescription(
        String subject,
        String structureId,
        String objectiveId,
        String phaseId,
        List<AuditEntryDocument.Change> changes,
        String reason,
        String description) {

    /** An edit, whose changes say it all: no sentence. */
    AuditDescription(String subject, String structureId, String objectiveId, String phaseId,
                     List<AuditEntryDocument.Change> changes, String reason) {
        this(subject, structureId, objectiveId, phaseId, changes, reason, null);
    }
}
