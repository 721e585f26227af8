package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Weight;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Defines a phase (fase) of an objective, common or of a structure; its number starts with the objective number. */
public record DefinePhase(
        @TargetAggregateIdentifier PlanId planId,
        ObjectiveId objectiveId,
        PhaseId phaseId,
        String number,
        String description,
        Weight weight,
        String indicator,
        String target,
        LocalDate deadline,
        Actor actor) implements PlanCommand {
}
