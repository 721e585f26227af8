package it.traccia.app.web.plan;

/**
 * Body of {@code PUT /api/plans/{planId}/structures/{structureId}/head}: the user who heads the structure
 * (responsabile), the name and title the plan prints, and why.
 */
public record HeadRequest(String userId, String name, String title, String reason) {
}
