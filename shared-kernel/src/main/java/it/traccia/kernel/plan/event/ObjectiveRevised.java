package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import org.axonframework.serialization.Revision;
import java.time.LocalDate;

/** An objective's kind, text, indicators, targets or deadline were revised; {@code revision} is the new one. */
@Revision("1")
public record ObjectiveRevised(
        PlanId planId,
        ObjectiveId objectiveId,
        ObjectiveKind kind,
        String description,
        String indicators,
        String targets,
        LocalDate deadline,
        String reason,
        long revision,
        Actor actor) implements PlanEvent {
}
