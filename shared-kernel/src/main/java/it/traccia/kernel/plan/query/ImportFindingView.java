package it.traccia.kernel.plan.query;

import it.traccia.kernel.plan.importing.FindingSeverity;

/**
 * A finding (rilievo) of a plan's import as shown to the user: its number (from 1, in the order found), what and where
 * it is, and its resolution once someone has marked it resolved (else null).
 */
public record ImportFindingView(
        int number,
        FindingSeverity severity,
        String code,
        int line,
        String structure,
        String objectiveNumber,
        String phaseNumber,
        String message,
        FindingResolutionView resolution) {
}
