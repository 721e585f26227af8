package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Weight;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the weight (peso) of a phase within its objective, saying why. */
public record ChangePhaseWeight(
        @TargetAggregateIdentifier PlanId planId,
        PhaseId phaseId,
        Weight weight,
        String reason,
        Long expectedRevision,
        Actor actor) implements RevisionedCommand {
}
