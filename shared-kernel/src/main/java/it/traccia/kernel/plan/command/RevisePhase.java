package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PhaseId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Revises the text, indicator, target and deadline of a phase (its weight changes only with a reason). */
public record RevisePhase(
        @TargetAggregateIdentifier PlanId planId,
        PhaseId phaseId,
        String description,
        String indicator,
        String target,
        LocalDate deadline,
        String reason,
        Long expectedRevision,
        Actor actor) implements RevisionedCommand {
}
