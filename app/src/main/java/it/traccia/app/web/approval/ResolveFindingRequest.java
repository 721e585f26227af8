package it.traccia.app.web.approval;

/** Body of {@code POST /api/plans/{planId}/import-findings/{number}/resolve}: how the finding was dealt with. */
public record ResolveFindingRequest(String note) {
}
