package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.Role;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A verifica intermedia as recorded: its number, the version in force it looked at, the day, the notes, who and
 * when, and the monitoring's records exactly as they stood then.
 */
public record MidYearCheckView(int number, int version, LocalDate asOf, String notes, String recordedBy, Role role,
                               Instant recordedAt, MonitoringRecordsView records) {
}
