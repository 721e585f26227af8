package it.traccia.app.web.plan;

/** Body of {@code PUT …/phases/{phaseId}}: the phase's new text, with the revision its author saw. */
public record RevisePhaseRequest(String description, String indicator, String target, String deadline, String reason,
                                 Long revision) {
}
