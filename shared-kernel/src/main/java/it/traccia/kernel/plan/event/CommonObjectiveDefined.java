package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import org.axonframework.serialization.Revision;
import java.time.LocalDate;

/** An objective common to every structure (obiettivo comune) was defined, at revision 1. */
@Revision("1")
public record CommonObjectiveDefined(
        PlanId planId,
        ObjectiveId objectiveId,
        String number,
        ObjectiveKind kind,
        String description,
        Weight weight,
        String indicators,
        String targets,
        LocalDate deadline,
        Actor actor) implements PlanEvent {
}
