package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.MissionCode;
import org.axonframework.serialization.Revision;

/** The strategic context of a structure was set (linea strategica, obiettivo strategico, missione, obiettivo operativo). */
@Revision("1")
public record StrategicContextSet(
        PlanId planId,
        StructureId structureId,
        String strategicLine,
        String strategicObjective,
        MissionCode missionCode,
        String operationalObjective,
        Actor actor) implements PlanEvent {
}
