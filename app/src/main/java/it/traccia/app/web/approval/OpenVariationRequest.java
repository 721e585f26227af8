package it.traccia.app.web.approval;

/** Body of {@code POST /api/plans/{planId}/variations}: why the adopted plan must change (motivazione). */
public record OpenVariationRequest(String reason) {
}
