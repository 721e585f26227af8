package it.traccia.plan.query.plan;

import it.traccia.kernel.plan.query.ApprovalDeadlineView.DeadlineState;

import java.time.Instant;

/**
 * The last warning about the legal deadline for adopting the current version (termine di approvazione), inside a
 * {@link PlanDocument}: the deadline as an ISO date, whether it is near or missed, and when the warning was recorded.
 */
record ApprovalDeadlineNode(String deadline, DeadlineState state, Instant recordedAt) {
}
