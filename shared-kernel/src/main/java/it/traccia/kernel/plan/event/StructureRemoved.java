package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import org.axonframework.serialization.Revision;

/** A structure (struttura) was removed from the plan, with its objectives and their phases. */
@Revision("1")
public record StructureRemoved(
        PlanId planId,
        StructureId structureId,
        String reason,
        Actor actor) implements PlanEvent {
}
