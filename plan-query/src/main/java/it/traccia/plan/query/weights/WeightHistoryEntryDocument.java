package it.traccia.plan.query.weights;

import it.traccia.kernel.Role;

import java.time.Instant;

/**
 * One weight of an objective or phase (voce della storia del peso), inside its {@link WeightHistoryDocument}, with the
 * event's identifier ({@code eventId}): from what, to what, by whom, when and why. Weights are exact decimal text;
 * {@code before} is null at definition.
 */
public record WeightHistoryEntryDocument(
        String eventId,
        String planId,
        String organisation,
        String elementId,
        ElementKind elementKind,
        String subject,
        long sequence,
        Instant occurredAt,
        String user,
        Role role,
        String before,
        String after,
        String reason,
        long revision) {

    /** What carries the weight: an objective (obiettivo) or a phase (fase). */
    public enum ElementKind {
        OBJECTIVE,
        PHASE
    }
}
