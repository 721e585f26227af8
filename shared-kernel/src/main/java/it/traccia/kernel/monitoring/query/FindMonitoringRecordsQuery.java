package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.PlanId;

/**
 * Asks for every monitoring record of a plan (registrazioni del monitoraggio); answered with a
 * {@link MonitoringRecordsView}, empty when nothing was recorded yet, or null for a user with no role in its ente.
 */
public record FindMonitoringRecordsQuery(PlanId planId, String userId) {
}
