package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

/** The draft of {@code version} was sent to the Giunta (trasmesso alla Giunta) and is frozen while it decides. */
@Revision("1")
public record PlanSubmitted(
        PlanId planId,
        int version,
        Actor actor) implements PlanEvent {
}
