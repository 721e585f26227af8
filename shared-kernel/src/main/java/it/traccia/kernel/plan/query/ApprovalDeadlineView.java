package it.traccia.kernel.plan.query;

import java.time.Instant;
import java.time.LocalDate;

/** The legal deadline for adopting the plan (termine di approvazione) once Traccia has warned that it is near or missed. */
public record ApprovalDeadlineView(
        LocalDate deadline,
        DeadlineState state,
        Instant recordedAt) {

    /** Whether the deadline is near (in scadenza) or has passed (scaduto). */
    public enum DeadlineState {
        NEAR,
        MISSED
    }
}
