package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an element's monitoring history (storico del monitoraggio): what was recorded ({@code COMPLETED},
 * {@code CORRECTED}, {@code PROGRESS}), the day and share it says, its note and, for a correction, its reason; who
 * recorded it in which role, and when.
 */
public record MonitoringEntryView(String action, LocalDate day, BigDecimal achievement, String note, String reason,
                                  String recordedBy, Role role, Instant recordedAt) {
}
