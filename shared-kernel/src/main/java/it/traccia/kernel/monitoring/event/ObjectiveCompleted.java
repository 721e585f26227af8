package it.traccia.kernel.monitoring.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import org.axonframework.serialization.Revision;

/** A structure completed an objective without phases (obiettivo completato) of the version in force. */
@Revision("1")
public record ObjectiveCompleted(
        PlanId planId,
        int version,
        ObjectiveId objectiveId,
        StructureId structureId,
        Completion completion,
        Actor actor) implements MonitoringEvent {

    @Override
    public ElementKind kind() {
        return ElementKind.OBJECTIVE;
    }

    @Override
    public String elementId() {
        return objectiveId.value();
    }
}
