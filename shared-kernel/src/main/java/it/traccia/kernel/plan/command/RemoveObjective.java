package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes an objective and its phases from a draft plan. */
public record RemoveObjective(
        @TargetAggregateIdentifier PlanId planId,
        ObjectiveId objectiveId,
        String reason,
        Long expectedRevision,
        Actor actor) implements RevisionedCommand {
}
