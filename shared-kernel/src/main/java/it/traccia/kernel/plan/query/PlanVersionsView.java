package it.traccia.kernel.plan.query;

import java.util.List;

/** The adopted versions (versioni adottate) of a plan, oldest first, each with its delibera. */
public record PlanVersionsView(String planId, List<PlanVersionSummaryView> versions) {
}
