package it.traccia.kernel.monitoring.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.Measurement;
import org.axonframework.serialization.Revision;

/** A structure recorded a value of the indicator of an objective or phase (valore dell'indicatore). */
@Revision("1")
public record IndicatorValueRecorded(
        PlanId planId,
        ElementKind kind,
        String elementId,
        StructureId structureId,
        Measurement measurement,
        Actor actor) implements MonitoringEvent {
}
