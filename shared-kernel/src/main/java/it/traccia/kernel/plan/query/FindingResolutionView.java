package it.traccia.kernel.plan.query;

import it.traccia.kernel.Role;

import java.time.Instant;

/** How a finding (rilievo) of an import was resolved, by whom and when. */
public record FindingResolutionView(
        String note,
        Instant resolvedAt,
        String resolvedBy,
        Role resolvedByRole) {
}
