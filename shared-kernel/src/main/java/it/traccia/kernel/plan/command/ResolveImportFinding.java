package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks a finding (rilievo) of the plan's import as resolved, saying how; {@code findingNumber} counts from 1. */
public record ResolveImportFinding(
        @TargetAggregateIdentifier PlanId planId,
        int findingNumber,
        String note,
        Actor actor) implements PlanCommand {
}
