package it.traccia.plan.command;

import java.time.LocalDate;

/**
 * Which warnings about the legal deadline for adopting the current version (termine di approvazione) were recorded:
 * each is recorded once per version, and a variation starts with none.
 */
record DeadlineWarnings(boolean near, boolean missed) {

    static final DeadlineWarnings NONE = new DeadlineWarnings(false, false);

    /**
     * Whether "the deadline is near" is news: not said yet, the deadline not missed yet and not passed by {@code today}
     * (then the missed warning speaks instead).
     */
    boolean nearIsNews(LocalDate deadline, LocalDate today) {
        return !near && !missed && !today.isAfter(deadline);
    }

    /** Whether "the deadline was missed" is news: not said yet for this version. */
    boolean missedIsNews() {
        return !missed;
    }

    DeadlineWarnings withNear() {
        return new DeadlineWarnings(true, missed);
    }

    DeadlineWarnings withMissed() {
        return new DeadlineWarnings(near, true);
    }
}
