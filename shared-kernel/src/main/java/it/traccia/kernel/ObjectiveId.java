package it.traccia.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a objective (obiettivo gestionale, common or of a structure). */
public record ObjectiveId(String value) {

    public ObjectiveId {
        Objects.requireNonNull(value, "objectiveId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("objectiveId must not be blank");
        }
    }

    /** A new random id; the caller, not the domain, decides when one is made. */
    public static ObjectiveId random() {
        return new ObjectiveId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
