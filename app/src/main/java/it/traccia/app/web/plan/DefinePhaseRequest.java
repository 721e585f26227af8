package it.traccia.app.web.plan;

/** Body of {@code POST …/objectives/{objectiveId}/phases}: a phase (fase) numbered after its objective, e.g. 6.1. */
public record DefinePhaseRequest(String number, String description, String weight, String indicator, String target,
                                 String deadline) {
}
