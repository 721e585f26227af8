package it.traccia.kernel.plan.query;

import it.traccia.kernel.MeasurableTarget;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.WeightSum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An objective (obiettivo gestionale) with its phases and the sum of their weights; {@code revision} guards edits. */
public record ObjectiveView(
        String id,
        String number,
        ObjectiveKind kind,
        String description,
        BigDecimal weight,
        String indicators,
        String targets,
        List<MeasurableTarget> measurableTargets,
        LocalDate deadline,
        long revision,
        List<PhaseView> phases,
        WeightSum phaseWeights) {
}
