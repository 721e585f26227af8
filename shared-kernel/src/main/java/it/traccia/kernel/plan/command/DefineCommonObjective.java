package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Defines an objective common to every structure (obiettivo comune a tutte le aree). */
public record DefineCommonObjective(
        @TargetAggregateIdentifier PlanId planId,
        ObjectiveId objectiveId,
        String number,
        ObjectiveKind kind,
        String description,
        Weight weight,
        String indicators,
        String targets,
        LocalDate deadline,
        Actor actor) implements PlanCommand {
}
