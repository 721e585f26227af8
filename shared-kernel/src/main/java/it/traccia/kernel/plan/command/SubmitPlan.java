package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends the draft of {@code version} to the Giunta (trasmissione alla Giunta), freezing it; refused unless complete. */
public record SubmitPlan(
        @TargetAggregateIdentifier PlanId planId,
        int version,
        Actor actor) implements PlanCommand {
}
