package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The Giunta adopted {@code version} (piano adottato) with the delibera of the given number and date. */
@Revision("1")
public record PlanAdopted(
        PlanId planId,
        int version,
        String resolutionNumber,
        LocalDate resolutionDate,
        Actor actor) implements PlanEvent {
}
