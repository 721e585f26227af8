package it.traccia.kernel.monitoring.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.monitoring.EvidenceId;
import org.axonframework.serialization.Revision;

/**
 * A supporting document (documento a supporto) was stored for the plan's monitoring: never changed nor deleted, its
 * bytes kept once under their SHA-256, which this event records so that any copy can be checked against it.
 */
@Revision("1")
public record EvidenceStored(
        PlanId planId,
        EvidenceId evidenceId,
        String sha256,
        long size,
        String name,
        String contentType,
        Actor actor) {
}
