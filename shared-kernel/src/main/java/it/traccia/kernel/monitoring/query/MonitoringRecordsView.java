package it.traccia.kernel.monitoring.query;

import java.util.List;

/**
 * Every record of a plan's monitoring, one per element and structure recording it, each with its history, and the
 * supporting documents stored, in the order they were.
 */
public record MonitoringRecordsView(String planId, List<MonitoringRecordView> records, List<EvidenceView> evidence) {

    public MonitoringRecordsView {
        records = List.copyOf(records);
        evidence = List.copyOf(evidence);
    }
}
