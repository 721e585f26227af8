package it.traccia.kernel.plan.query;

/** The strategic context (contesto strategico) printed above a structure's table, with the mission's code and title. */
public record StrategicContextView(
        String strategicLine,
        String strategicObjective,
        String missionCode,
        String missionTitle,
        String operationalObjective) {
}
