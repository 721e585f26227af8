package it.traccia.kernel.plan.query;

import java.util.List;

/**
 * The audit trail (storico) of a plan: one entry per event, oldest first, all of them or the page asked for;
 * {@code totalEntries} counts every entry of the trail (of the objective, when one was named).
 */
public record AuditTrailView(String planId, String organisation, List<AuditEntryView> entries, int totalEntries) {
}
