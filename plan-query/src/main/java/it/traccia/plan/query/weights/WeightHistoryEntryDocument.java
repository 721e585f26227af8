package it.traccia.plan.query.weights;

import it.traccia.kernel.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One weight of an objective or phase (voce della storia del peso), keyed by the event's identifier: from what, to what,
 * by whom, when and why. Weights are exact decimal text; {@code before} is null at definition.
 */
@Document(WeightHistoryEntryDocument.COLLECTION)
public record WeightHistoryEntryDocument(
        @Id String id,
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

    /** The MongoDB collection of weight history entries. */
    public static final String COLLECTION = "weight_history";

    /** What carries the weight: an objective (obiettivo) or a phase (fase). */
    public enum ElementKind {
        OBJECTIVE,
        PHASE
    }
}
