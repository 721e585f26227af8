package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import org.axonframework.serialization.Revision;

/** An objective and its phases were removed from the plan. */
@Revision("1")
public record ObjectiveRemoved(
        PlanId planId,
        ObjectiveId objectiveId,
        String reason,
        Actor actor) implements PlanEvent {
}
