package it.traccia.kernel.monitoring.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.MonitoringId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a structure completed a phase (completamento di una fase), with the share achieved. */
public record CompletePhase(
        PlanId planId,
        PhaseId phaseId,
        StructureId structureId,
        Completion completion,
        Actor actor) implements MonitoringCommand {

    @TargetAggregateIdentifier
    public MonitoringId monitoringId() {
        return MonitoringId.of(planId);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.PHASE;
    }

    @Override
    public String elementId() {
        return phaseId == null ? null : phaseId.value();
    }
}
