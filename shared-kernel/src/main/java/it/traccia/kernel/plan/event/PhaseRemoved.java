package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import org.axonframework.serialization.Revision;

/** A phase was removed from its objective. */
@Revision("1")
public record PhaseRemoved(
        PlanId planId,
        ObjectiveId objectiveId,
        PhaseId phaseId,
        String reason,
        Actor actor) implements PlanEvent {
}
