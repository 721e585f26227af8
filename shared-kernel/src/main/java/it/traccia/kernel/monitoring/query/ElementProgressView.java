package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.monitoring.ElementKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An objective or phase of the version in force as one structure carries it out: what the plan says of it (number,
 * description, weight, deadline), what was recorded (completion, last state of progress, history), and its achievement
 * so far, to two decimals: a phase's or a phaseless objective's is its completion, else its last state of progress,
 * else 0; an objective with phases has the weighted mean of its phases'. The values of its indicator say whether
 * they meet its measurable targets. An objective lists its phases.
 */
public record ElementProgressView(ElementKind kind, String id, String number, String description, BigDecimal weight,
                                  LocalDate deadline, CompletionView completion, ProgressStateView progress,
                                  List<MonitoringEntryView> history, List<IndicatorValueView> indicatorValues,
                                  BigDecimal achievement, List<ElementProgressView> phases) {

    public ElementProgressView {
        history = List.copyOf(history);
        indicatorValues = List.copyOf(indicatorValues);
        phases = List.copyOf(phases);
    }
}
