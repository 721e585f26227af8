package it.traccia.app.web.plan;

/**
 * Body of {@code POST /api/plans}: the organisation (ente), optionally its provincia, the triennio and the annual year
 * (annualità).
 */
public record DefinePlanRequest(String organisation, String province, Integer firstYear, Integer lastYear, Integer year) {
}
