package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

/** The Giunta returned {@code version} with remarks (osservazioni): the plan is a draft again. */
@Revision("1")
public record PlanReturned(
        PlanId planId,
        int version,
        String remarks,
        Actor actor) implements PlanEvent {
}
