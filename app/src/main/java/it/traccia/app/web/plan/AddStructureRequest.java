package it.traccia.app.web.plan;

/** Body of {@code POST /api/plans/{planId}/structures}: the structure's name and its head (Responsabile). */
public record AddStructureRequest(String name, String head) {
}
