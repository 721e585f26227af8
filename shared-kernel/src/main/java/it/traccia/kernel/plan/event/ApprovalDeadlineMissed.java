package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The legal deadline for adopting {@code version} passed with the plan not adopted (termine scaduto). */
@Revision("1")
public record ApprovalDeadlineMissed(
        PlanId planId,
        int version,
        LocalDate deadline,
        Actor actor) implements PlanEvent {
}
