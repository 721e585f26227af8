package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import org.axonframework.serialization.Revision;
import java.time.LocalDate;

/** A phase's text, indicator, target or deadline were revised; {@code revision} is the new one. */
@Revision("1")
public record PhaseRevised(
        PlanId planId,
        ObjectiveId objectiveId,
        PhaseId phaseId,
        String description,
        String indicator,
        String target,
        LocalDate deadline,
        String reason,
        long revision,
        Actor actor) implements PlanEvent {
}
