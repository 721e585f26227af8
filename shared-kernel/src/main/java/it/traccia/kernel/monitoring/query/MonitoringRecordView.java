package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.monitoring.ElementKind;

import java.util.List;

/**
 * What one structure recorded of one element (registrazione): its completion in force ({@code null} until completed),
 * its last state of progress ({@code null} if none), every entry of its history, oldest first, and the values of its
 * indicator, in the order recorded (not judged against targets here).
 */
public record MonitoringRecordView(ElementKind kind, String elementId, String structureId, CompletionView completion,
                                   ProgressStateView progress, List<MonitoringEntryView> history,
                                   List<IndicatorValueView> indicatorValues) {

    public MonitoringRecordView {
        history = List.copyOf(history);
        indicatorValues = List.copyOf(indicatorValues);
    }
}
