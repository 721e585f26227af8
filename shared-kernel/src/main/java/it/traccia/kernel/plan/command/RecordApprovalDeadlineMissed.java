package it.traccia.kernel.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that the legal deadline for adopting {@code version} passed with the plan not adopted; sent by Traccia. */
public record RecordApprovalDeadlineMissed(
        @TargetAggregateIdentifier PlanId planId,
        int version,
        LocalDate deadline,
        Actor actor) implements PlanCommand {
}
