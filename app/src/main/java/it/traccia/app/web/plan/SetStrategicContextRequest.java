package it.traccia.app.web.plan;

/** Body of {@code PUT …/structures/{structureId}/context}: the strategic context (contesto strategico). */
public record SetStrategicContextRequest(String strategicLine, String strategicObjective, String missionCode,
                                         String operationalObjective) {
}
