package it.traccia.plan.query.plan;

/**
 * The strategic context (contesto strategico) of a structure, or of the common objectives, inside a {@link PlanDocument};
 * the mission by its code, null when none is named.
 */
record StrategicContextNode(String strategicLine, String strategicObjective, String missionCode, String operationalObjective) {
}
