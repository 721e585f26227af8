package it.traccia.kernel.monitoring.query;

/**
 * Where an element stands against its deadline (data fine attesa), on a given day: completed by it or after it, past
 * it and not completed, due within the warning period, or further away.
 */
public enum DeadlineStatus {
    OVERDUE,
    DUE_SOON,
    OPEN,
    COMPLETED_LATE,
    COMPLETED_ON_TIME
}
