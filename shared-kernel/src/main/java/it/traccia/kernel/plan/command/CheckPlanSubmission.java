package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Runs every submission rule on the plan without changing it (verifica di completezza); answered with a
 * {@link SubmissionCheck}. Only the Segretario asks, as the first step of a submission.
 */
public record CheckPlanSubmission(
        @TargetAggregateIdentifier PlanId planId,
        Actor actor) implements PlanCommand {
}
