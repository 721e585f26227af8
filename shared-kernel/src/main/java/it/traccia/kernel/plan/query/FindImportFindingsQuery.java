package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanId;

/** Asks for the findings of a plan's import; answered with an {@link ImportFindingsView}, or null if it was not imported. */
public record FindImportFindingsQuery(PlanId planId) {
}
