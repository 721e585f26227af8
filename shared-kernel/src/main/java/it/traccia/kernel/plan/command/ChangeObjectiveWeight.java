package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.Weight;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the weight (peso) of an objective, saying why. */
public record ChangeObjectiveWeight(
        @TargetAggregateIdentifier PlanId planId,
        ObjectiveId objectiveId,
        Weight weight,
        String reason,
        Long expectedRevision,
        Actor actor) implements RevisionedCommand {
}
