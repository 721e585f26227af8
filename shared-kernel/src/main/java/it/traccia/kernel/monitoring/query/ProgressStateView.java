package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The last state of progress recorded (stato di avanzamento): as of which day, the share, the note, who and when. */
public record ProgressStateView(LocalDate asOf, BigDecimal achievement, String note, String recordedBy, Role role,
                                Instant recordedAt) {
}
