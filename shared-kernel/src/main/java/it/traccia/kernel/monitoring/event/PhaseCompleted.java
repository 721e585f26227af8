package it.traccia.kernel.monitoring.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import org.axonframework.serialization.Revision;

/** A structure completed a phase (fase completata) of the version in force ({@code version}), achieving the share given. */
@Revision("1")
public record PhaseCompleted(
        PlanId planId,
        int version,
        ObjectiveId objectiveId,
        PhaseId phaseId,
        StructureId structureId,
        Completion completion,
        Actor actor) implements MonitoringEvent {

    @Override
    public ElementKind kind() {
        return ElementKind.PHASE;
    }

    @Override
    public String elementId() {
        return phaseId.value();
    }
}
