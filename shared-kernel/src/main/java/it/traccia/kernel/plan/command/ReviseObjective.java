package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Revises the text, kind, indicators, targets and deadline of an objective (its weight changes only with a reason). */
public record ReviseObjective(
        @TargetAggregateIdentifier PlanId planId,
        ObjectiveId objectiveId,
        ObjectiveKind kind,
        String description,
        String indicators,
        String targets,
        LocalDate deadline,
        String reason,
        Long expectedRevision,
        Actor actor) implements RevisionedCommand {
}
