package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.Weight;
import org.axonframework.serialization.Revision;

/** An objective's weight (peso) changed from {@code previousWeight} to {@code weight}, for the reason given. */
@Revision("1")
public record ObjectiveWeightChanged(
        PlanId planId,
        ObjectiveId objectiveId,
        Weight previousWeight,
        Weight weight,
        String reason,
        long revision,
        Actor actor) implements PlanEvent {
}
