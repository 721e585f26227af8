package it.traccia.kernel.monitoring.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.ProgressState;
import org.axonframework.serialization.Revision;

/** A structure recorded the state of progress (stato di avanzamento) of a phase or objective not completed yet. */
@Revision("1")
public record ProgressRecorded(
        PlanId planId,
        ElementKind kind,
        String elementId,
        StructureId structureId,
        ProgressState progress,
        Actor actor) implements MonitoringEvent {
}
