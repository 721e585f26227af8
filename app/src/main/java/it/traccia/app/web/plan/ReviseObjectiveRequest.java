package it.traccia.app.web.plan;

/** Body of {@code PUT …/objectives/{objectiveId}}: the objective's new text, with the revision its author saw. */
public record ReviseObjectiveRequest(String kind, String description, String indicators, String targets,
                                     String deadline, String reason, Long revision) {
}
