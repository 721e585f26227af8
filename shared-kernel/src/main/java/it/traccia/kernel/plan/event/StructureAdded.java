package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import org.axonframework.serialization.Revision;

/** A structure (struttura) with its head (Responsabile) was added to the plan. */
@Revision("1")
public record StructureAdded(
        PlanId planId,
        StructureId structureId,
        String name,
        String head,
        String headTitle,
        Actor actor) implements PlanEvent {
}
