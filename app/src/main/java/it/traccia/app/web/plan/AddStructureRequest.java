package it.traccia.app.web.plan;

/**
 * Body of {@code POST /api/plans/{planId}/structures}: the structure's name, its head (Responsabile) and optionally the
 * head's title, e.g. "Segretario Generale".
 */
public record AddStructureRequest(String name, String head, String headTitle) {
}
