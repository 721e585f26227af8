package it.traccia.kernel.monitoring.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.MonitoringId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a structure completed an objective that has no phases (completamento di un obiettivo). */
public record CompleteObjective(
        PlanId planId,
        ObjectiveId objectiveId,
        StructureId structureId,
        Completion completion,
        Actor actor) implements MonitoringCommand {

    @TargetAggregateIdentifier
    public MonitoringId monitoringId() {
        return MonitoringId.of(planId);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.OBJECTIVE;
    }

    @Override
    public String elementId() {
        return objectiveId == null ? null : objectiveId.value();
    }
}
