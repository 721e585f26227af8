package it.traccia.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a plan (piano). */
public record PlanId(String value) {

    public PlanId {
        Objects.requireNonNull(value, "planId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("planId must not be blank");
        }
    }

    /** A new random id; the caller, not the domain, decides when one is made. */
    public static PlanId random() {
        return new PlanId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
