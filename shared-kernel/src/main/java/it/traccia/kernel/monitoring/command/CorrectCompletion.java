package it.traccia.kernel.monitoring.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.MonitoringId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects a completion already recorded (rettifica), saying why; the first record stays in the history. */
public record CorrectCompletion(
        PlanId planId,
        ElementKind kind,
        String elementId,
        StructureId structureId,
        Completion completion,
        String reason,
        Actor actor) implements MonitoringCommand {

    @TargetAggregateIdentifier
    public MonitoringId monitoringId() {
        return MonitoringId.of(planId);
    }
}
