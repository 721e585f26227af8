package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import org.axonframework.serialization.Revision;
import java.time.LocalDate;

/** A management objective (obiettivo gestionale) of a structure was defined, at revision 1. */
@Revision("1")
public record ObjectiveDefined(
        PlanId planId,
        StructureId structureId,
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
