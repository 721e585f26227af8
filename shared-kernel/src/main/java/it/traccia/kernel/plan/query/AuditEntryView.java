package it.traccia.kernel.plan.query;

import it.traccia.kernel.Role;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail (voce dello storico): who did what to which part of the plan, when, and why.
 * {@code field}, {@code before} and {@code after} repeat the first of {@code changes}, the list of every field changed.
 *
 * @param subject     what the event touched, as a person reads it, e.g. "Segreteria › obiettivo 6"
 * @param description the step of the plan's cycle in one sentence, e.g. "Adottato con delibera n. 12 del 2026-02-10";
 *                    null for edits, which their field changes describe
 */
public record AuditEntryView(
        String eventId,
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
        List<FieldChange> changes,
        String reason,
        String description) {
}
