package it.traccia.kernel.monitoring;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a supporting document (documento a supporto) kept in the evidence store. */
public record EvidenceId(String value) {

    public EvidenceId {
        Objects.requireNonNull(value, "evidenceId");
    }

    /** A new random id; the caller, not the domain, decides when one is made. */
    public static EvidenceId random() {
        return new EvidenceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
