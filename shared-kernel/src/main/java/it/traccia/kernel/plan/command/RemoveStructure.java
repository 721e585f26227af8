package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a structure (struttura) with its objectives and their phases from a draft plan, saying why. */
public record RemoveStructure(
        @TargetAggregateIdentifier PlanId planId,
        StructureId structureId,
        String reason,
        Actor actor) implements PlanCommand {
}
