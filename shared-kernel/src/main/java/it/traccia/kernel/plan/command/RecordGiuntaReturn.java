package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the Giunta returned {@code version} of the plan with remarks (osservazioni): it is a draft again. */
public record RecordGiuntaReturn(
        @TargetAggregateIdentifier PlanId planId,
        int version,
        String remarks,
        Actor actor) implements PlanCommand {
}
