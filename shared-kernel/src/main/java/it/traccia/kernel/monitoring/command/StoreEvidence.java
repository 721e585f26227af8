package it.traccia.kernel.monitoring.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.monitoring.EvidenceId;
import it.traccia.kernel.monitoring.MonitoringId;
import it.traccia.kernel.plan.command.PlanCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a supporting document (documento a supporto) whose bytes the evidence store keeps under their SHA-256:
 * its name as uploaded, the type Traccia recognised, and its size.
 */
public record StoreEvidence(
        PlanId planId,
        EvidenceId evidenceId,
        String sha256,
        long size,
        String name,
        String contentType,
        Actor actor) implements PlanCommand {

    @TargetAggregateIdentifier
    public MonitoringId monitoringId() {
        return MonitoringId.of(planId);
    }
}
