package it.traccia.plan.command;

import it.traccia.kernel.MissionCode;

/** The strategic context (contesto strategico) printed above a structure's table: linea strategica, obiettivo strategico, missione, obiettivo operativo. */
record StrategicContext(String strategicLine, String strategicObjective, MissionCode missionCode, String operationalObjective) {
}
