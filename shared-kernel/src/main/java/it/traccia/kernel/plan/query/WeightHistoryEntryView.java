package it.traccia.kernel.plan.query;

import it.traccia.kernel.Role;

import java.math.BigDecimal;
import java.time.Instant;

/** One weight of an objective or phase: from what, to what, by whom, when and why; {@code before} is null at definition. */
public record WeightHistoryEntryView(
        Instant occurredAt,
        String user,
        Role role,
        BigDecimal before,
        BigDecimal after,
        String reason,
        long revision) {
}
