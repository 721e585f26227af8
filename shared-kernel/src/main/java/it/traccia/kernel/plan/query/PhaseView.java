package it.traccia.kernel.plan.query;

import it.traccia.kernel.MeasurableTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A phase (fase) of an objective; {@code revision} guards edits. */
public record PhaseView(
        String id,
        String number,
        String description,
        BigDecimal weight,
        String indicator,
        String target,
        List<MeasurableTarget> measurableTargets,
        LocalDate deadline,
        long revision) {
}
