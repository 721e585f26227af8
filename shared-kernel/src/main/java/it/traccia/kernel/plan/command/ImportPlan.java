package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.importing.ImportedPlan;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Creates a draft plan from an imported document in one step (importazione): all of it is recorded, or nothing is.
 * The findings travel with it so that they stay readable with the plan. The plan belongs to the registered
 * organisation the document names, under its registered name ({@code organisation}).
 */
public record ImportPlan(
        @TargetAggregateIdentifier PlanId planId,
        OrganisationId organisationId,
        String organisation,
        ImportedPlan plan,
        ImportSource source,
        List<ImportFinding> findings,
        Actor actor) implements PlanCommand {
}
