package it.traccia.plan.query.plan;

/** The strategic context (contesto strategico) of a structure inside a {@link PlanDocument}; the mission by its code. */
record StrategicContextNode(String strategicLine, String strategicObjective, String missionCode, String operationalObjective) {
}
