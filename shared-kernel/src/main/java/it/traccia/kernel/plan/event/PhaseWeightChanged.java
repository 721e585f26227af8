package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Weight;
import org.axonframework.serialization.Revision;

/** A phase's weight (peso) within its objective changed from {@code previousWeight} to {@code weight}, for the reason given. */
@Revision("1")
public record PhaseWeightChanged(
        PlanId planId,
        ObjectiveId objectiveId,
        PhaseId phaseId,
        Weight previousWeight,
        Weight weight,
        String reason,
        long revision,
        Actor actor) implements PlanEvent {
}
