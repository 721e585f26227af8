package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the strategic context printed above the common objectives (obiettivi comuni); their mission may be absent. */
public record SetCommonStrategicContext(
        @TargetAggregateIdentifier PlanId planId,
        String strategicLine,
        String strategicObjective,
        MissionCode missionCode,
        String operationalObjective,
        Actor actor) implements PlanCommand {
}
