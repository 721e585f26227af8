package it.traccia.plan.query.audit;

import it.traccia.kernel.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail (voce dello storico), keyed by the plan and the event's sequence in it
 * ({@code <planId>/<sequence>}, see {@link #idOf}) so that a page of the trail is read by {@code _id}; it keeps the
 * event's identifier ({@code eventId}). Who acted, when, on what, which
 * fields changed from what to what, and why. {@code field}, {@code before} and {@code after} repeat the first change;
 * {@code description} tells a step of the plan's cycle in one Italian sentence, e.g. "Trasmesso alla Giunta" (else null).
 */
@Document(AuditEntryDocument.COLLECTION)
public record AuditEntryDocument(
        @Id String id,
        String eventId,
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

    /** The key of the entry of the plan's event with this sequence number. */
    public static String idOf(String planId, long sequence) {
        return planId + "/" + sequence;
    }

    /** One field changed by the event (campo modificato), its values as text; {@code before} is null at definition. */
    public record Change(String field, String before, String after) {
    }
}
