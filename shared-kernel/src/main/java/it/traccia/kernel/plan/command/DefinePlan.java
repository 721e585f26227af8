package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the draft plan (bozza del piano) of an organisation (and its provincia, if given) for a triennio and its annual year. */
public record DefinePlan(
        @TargetAggregateIdentifier PlanId planId,
        String organisation,
        String province,
        int firstYear,
        int lastYear,
        int year,
        Actor actor) implements PlanCommand {
}
