package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PhaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a phase from its objective in a draft plan. */
public record RemovePhase(
        @TargetAggregateIdentifier PlanId planId,
        PhaseId phaseId,
        String reason,
        Long expectedRevision,
        Actor actor) implements RevisionedCommand {
}
