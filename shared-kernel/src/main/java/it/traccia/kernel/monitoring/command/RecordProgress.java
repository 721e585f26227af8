package it.traccia.kernel.monitoring.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.MonitoringId;
import it.traccia.kernel.monitoring.ProgressState;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the state of progress (stato di avanzamento) of a phase or objective not completed yet. */
public record RecordProgress(
        PlanId planId,
        ElementKind kind,
        String elementId,
        StructureId structureId,
        ProgressState progress,
        Actor actor) implements MonitoringCommand {

    @TargetAggregateIdentifier
    public MonitoringId monitoringId() {
        return MonitoringId.of(planId);
    }
}
