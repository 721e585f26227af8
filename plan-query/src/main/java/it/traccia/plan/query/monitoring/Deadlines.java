package it.traccia.plan.query.monitoring;

import it.traccia.kernel.monitoring.query.DeadlineStatus;
import it.traccia.kernel.monitoring.query.DeadlineView;
import it.traccia.kernel.monitoring.query.ElementProgressView;
import it.traccia.kernel.monitoring.query.ProgressView;
import it.traccia.kernel.monitoring.query.StructureProgressView;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The deadlines of the version in force (scadenze), a pure function of its progress and of the day: every phase, and
 * every objective without phases, that has a deadline, per structure carrying it out, with its status. An element is
 * due soon from {@code warning} before its deadline, and overdue from the day after.
 */
public final class Deadlines {

    /** Overdue first, then due soon, open, completed late, completed on time; by deadline within each. */
    public static final Comparator<DeadlineView> MOST_URGENT_FIRST = Comparator.comparing(DeadlineView::status)
            .thenComparing(DeadlineView::deadline).thenComparing(DeadlineView::structure)
            .thenComparing(DeadlineView::number);

    private Deadlines() {
    }

    public static List<DeadlineView> of(ProgressView progress, LocalDate today, Period warning) {
        List<DeadlineView> deadlines = new ArrayList<>();
        for (StructureProgressView structure : progress.structures()) {
            collect(progress, structure, structure.objectives(), false, today, warning, deadlines);
            collect(progress, structure, structure.commonObjectives(), true, today, warning, deadlines);
        }
        deadlines.sort(MOST_URGENT_FIRST);
        return deadlines;
    }

    /** Where an element with this deadline stands today, completed on {@code completedOn} or not ({@code null}). */
    public static DeadlineStatus statusOf(LocalDate deadline, LocalDate completedOn, LocalDate today, Period warning) {
        if (completedOn != null) {
            return completedOn.isAfter(deadline) ? DeadlineStatus.COMPLETED_LATE : DeadlineStatus.COMPLETED_ON_TIME;
        }
        if (today.isAfter(deadline)) {
            return DeadlineStatus.OVERDUE;
        }
        return today.isBefore(deadline.minus(warning)) ? DeadlineStatus.OPEN : DeadlineStatus.DUE_SOON;
    }

    private static void collect(ProgressView progress, StructureProgressView structure,
                                List<ElementProgressView> objectives, boolean common, LocalDate today, Period warning,
                                List<DeadlineView> into) {
        for (ElementProgressView objective : objectives) {
            List<ElementProgressView> measured = objective.phases().isEmpty() ? List.of(objective) : objective.phases();
            for (ElementProgressView element : measured) {
                if (element.deadline() == null) {
                    continue;
                }
                LocalDate completedOn = element.completion() == null ? null : element.completion().completedOn();
                into.add(new DeadlineView(progress.planId(), progress.organisation(), progress.year(), structure.id(),
                        structure.name(), structure.headUserId(), element.kind(), element.id(), element.number(),
                        element.description(), common, element.deadline(),
                        statusOf(element.deadline(), completedOn, today, warning), completedOn));
            }
        }
    }
}
