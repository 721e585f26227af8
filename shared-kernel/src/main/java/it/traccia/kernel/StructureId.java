package it.traccia.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a structure (struttura). */
public record StructureId(String value) {

    public StructureId {
        Objects.requireNonNull(value, "structureId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("structureId must not be blank");
        }
    }

    /** A new random id; the caller, not the domain, decides when one is made. */
    public static StructureId random() {
        return new StructureId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
