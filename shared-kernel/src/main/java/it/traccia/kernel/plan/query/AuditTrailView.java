package it.traccia.kernel.plan.query;

import java.util.List;

/** The audit trail (storico) of a plan: one entry per event, oldest first. */
public record AuditTrailView(String planId, String organisation, List<AuditEntryView> entries) {
}
