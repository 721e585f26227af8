package it.traccia.app.web.plan;

/** Body of {@code POST /api/plans}: the organisation (ente), the triennio and the annual year (annualità). */
public record DefinePlanRequest(String organisation, Integer firstYear, Integer lastYear, Integer year) {
}
