package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

/** A finding (rilievo) of the plan's import, numbered from 1, was marked as resolved, with how. */
@Revision("1")
public record ImportFindingResolved(
        PlanId planId,
        int findingNumber,
        String code,
        String note,
        Actor actor) implements PlanEvent {
}
