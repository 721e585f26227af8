package it.traccia.plan.query.audit;

import java.util.List;

/** What an event did, as the audit trail tells it (descrizione): the subject, the ids it concerns, the changes and the reason. */
record AuditDescription(
        String subject,
        String structureId,
        String objectiveId,
        String phaseId,
        List<AuditEntryDocument.Change> changes,
        String reason) {
}
