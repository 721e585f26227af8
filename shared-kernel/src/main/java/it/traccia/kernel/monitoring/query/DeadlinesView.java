package it.traccia.kernel.monitoring.query;

import java.time.LocalDate;
import java.util.List;

/** Deadlines (scadenze) as they stand on {@code today}: overdue first, then due soon, open, completed, by date. */
public record DeadlinesView(LocalDate today, List<DeadlineView> deadlines) {

    public DeadlinesView {
        deadlines = List.copyOf(deadlines);
    }
}
