package it.traccia.kernel.plan.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A phase (fase) of an objective; {@code revision} guards edits. */
public record PhaseView(
        String id,
        String number,
        String description,
        BigDecimal weight,
        String indicator,
        String target,
        LocalDate deadline,
        long revision) {
}
