package it.traccia.plan.query.plan;

import it.traccia.kernel.Role;

import java.time.Instant;

/**
 * How a version of the plan was adopted (adozione), inside a {@link PlanDocument}: the delibera di Giunta by number and
 * ISO date, when it was recorded (the event's timestamp), by whom and in which role.
 */
record AdoptionNode(String resolutionNumber, String resolutionDate, Instant adoptedAt, String adoptedBy, Role adoptedByRole) {
}
