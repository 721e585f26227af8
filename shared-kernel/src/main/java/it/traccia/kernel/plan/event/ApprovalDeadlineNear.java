package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The legal deadline for adopting {@code version} (termine di approvazione) is near. */
@Revision("1")
public record ApprovalDeadlineNear(
        PlanId planId,
        int version,
        LocalDate deadline,
        Actor actor) implements PlanEvent {
}
