package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.Role;

import java.time.Instant;

/** A supporting document (documento a supporto) of the plan's monitoring: what it is, its SHA-256, who stored it, when. */
public record EvidenceView(String id, String sha256, long size, String name, String contentType, String storedBy,
                           Role role, Instant storedAt) {
}
