package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the draft plan (bozza del piano) of a registered organisation (ente), named as registered, and its provincia if
 * given, for a triennio and its annual year.
 */
public record DefinePlan(
        @TargetAggregateIdentifier PlanId planId,
        OrganisationId organisationId,
        String organisation,
        String province,
        int firstYear,
        int lastYear,
        int year,
        Actor actor) implements PlanCommand {
}
