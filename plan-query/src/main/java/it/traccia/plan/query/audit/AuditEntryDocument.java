package it.traccia.plan.query.audit;

import it.traccia.kernel.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail (voce dello storico), keyed by the event's identifier: who acted, when, on what, which
 * fields changed from what to what, and why. {@code field}, {@code before} and {@code after} repeat the first change;
 * {@code description} tells a step of the plan's cycle in one Italian sentence, e.g. "Trasmesso alla Giunta" (else null).
 */
@Document(AuditEntryDocument.COLLECTION)
public record AuditEntryDocument(
        @Id String id,
        String planId,
        String organisation,
        long sequence,
        Instant occurredAt,
        String user,
        Role role,
        String action,
        String subject,
        String structureId,
        String objectiveId,
        String phaseId,
        String field,
        String before,
        String after,
        List<Change> changes,
        String reason,
        String description) {

    /** The MongoDB collection of audit entries. */
    public static final String COLLECTION = "audit_entries";

    /** One field changed by the event (campo modificato), its values as text; {@code before} is null at definition. */
    public record Change(String field, String before, String after) {
    }
}
