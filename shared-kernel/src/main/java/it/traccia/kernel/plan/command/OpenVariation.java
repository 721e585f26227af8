package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a variation (variazione) of the adopted {@code adoptedVersion}: the plan becomes the draft of the next
 * version, while the adopted one stays as it was adopted.
 */
public record OpenVariation(
        @TargetAggregateIdentifier PlanId planId,
        int adoptedVersion,
        String reason,
        Actor actor) implements PlanCommand {
}
