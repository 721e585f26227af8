package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

/** A variation (variazione) of the adopted {@code previousVersion} was opened: the plan is the draft of {@code version}. */
@Revision("1")
public record VariationOpened(
        PlanId planId,
        int previousVersion,
        int version,
        String reason,
        Actor actor) implements PlanEvent {
}
