package it.traccia.kernel.plan.query;

/** One adopted version of a plan and the delibera that adopted it. */
public record PlanVersionSummaryView(int version, AdoptionView adoption) {
}
