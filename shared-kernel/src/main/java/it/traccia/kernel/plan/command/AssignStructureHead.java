package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Names the user who heads a structure (responsabile della struttura), with the name and title the plan prints, saying
 * why; allowed in any status of the plan, since people change during the year.
 */
public record AssignStructureHead(
        @TargetAggregateIdentifier PlanId planId,
        StructureId structureId,
        String userId,
        String name,
        String title,
        String reason,
        Actor actor) implements PlanCommand {
}
