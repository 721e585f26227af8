package it.traccia.kernel.plan.importing;

import it.traccia.kernel.MissionCode;

/**
 * A strategic context as the draft writes it; {@code missionCode} is recognised from {@code missionTitle} and is null
 * when the draft names no mission (the common objectives) or one Traccia does not know (then a finding says so).
 */
public record ImportedStrategicContext(
        String strategicLine,
        String strategicObjective,
        MissionCode missionCode,
        String missionTitle,
        String operationalObjective) {
}
