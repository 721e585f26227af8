package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a structure (struttura / area) with its head (Responsabile) and the head's title, if given, to a draft plan. */
public record AddStructure(
        @TargetAggregateIdentifier PlanId planId,
        StructureId structureId,
        String name,
        String head,
        String headTitle,
        Actor actor) implements PlanCommand {
}
