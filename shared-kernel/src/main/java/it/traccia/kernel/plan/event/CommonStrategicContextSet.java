package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

/** The strategic context of the common objectives was set; {@code missionCode} is null when the plan names none. */
@Revision("1")
public record CommonStrategicContextSet(
        PlanId planId,
        String strategicLine,
        String strategicObjective,
        MissionCode missionCode,
        String operationalObjective,
        Actor actor) implements PlanEvent {
}
