package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Weight;
import org.axonframework.serialization.Revision;
import java.time.LocalDate;

/** A phase (fase) of an objective was defined, at revision 1. */
@Revision("1")
public record PhaseDefined(
        PlanId planId,
        ObjectiveId objectiveId,
        PhaseId phaseId,
        String number,
        String description,
        Weight weight,
        String indicator,
        String target,
        LocalDate deadline,
        Actor actor) implements PlanEvent {
}
