package it.traccia.kernel.plan.query;

import java.util.List;

/** Every weight an objective or phase has had (storia del peso), oldest first, starting from its definition. */
public record WeightHistoryView(String planId, String elementId, String subject, List<WeightHistoryEntryView> entries) {
}
