package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that the Giunta adopted {@code version} of the plan with a delibera (number and date). */
public record RecordGiuntaApproval(
        @TargetAggregateIdentifier PlanId planId,
        int version,
        String resolutionNumber,
        LocalDate resolutionDate,
        Actor actor) implements PlanCommand {
}
