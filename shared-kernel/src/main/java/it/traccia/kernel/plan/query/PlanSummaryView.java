package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanStatus;

/** One plan in a list (piano in elenco): its id, its organisation (ente), year, status and version. */
public record PlanSummaryView(String id, String organisationId, String organisation, int year, PlanStatus status,
                              int version) {
}
