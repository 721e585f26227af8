package it.traccia.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a phase (fase). */
public record PhaseId(String value) {

    public PhaseId {
        Objects.requireNonNull(value, "phaseId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("phaseId must not be blank");
        }
    }

    /** A new random id; the caller, not the domain, decides when one is made. */
    public static PhaseId random() {
        return new PhaseId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
