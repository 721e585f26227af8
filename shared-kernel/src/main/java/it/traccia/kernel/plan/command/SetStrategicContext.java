package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.MissionCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the strategic context of a structure: linea strategica, obiettivo strategico, missione, obiettivo operativo. */
public record SetStrategicContext(
        @TargetAggregateIdentifier PlanId planId,
        StructureId structureId,
        String strategicLine,
        String strategicObjective,
        MissionCode missionCode,
        String operationalObjective,
        Actor actor) implements PlanCommand {
}
