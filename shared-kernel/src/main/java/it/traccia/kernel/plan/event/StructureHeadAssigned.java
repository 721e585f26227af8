package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import org.axonframework.serialization.Revision;

/**
 * A user was named head of a structure (responsabile della struttura), printed with this name and title; from now on
 * they, and no other Responsabile, edit its objectives and phases.
 */
@Revision("1")
public record StructureHeadAssigned(
        PlanId planId,
        StructureId structureId,
        String userId,
        String name,
        String title,
        String reason,
        Actor actor) implements PlanEvent {
}
