package it.traccia.kernel.plan.query;

import it.traccia.kernel.Role;

import java.time.Instant;
import java.util.List;

/** The findings (rilievi) of a plan's import, with the document they came from and who imported it, when. */
public record ImportFindingsView(
        String planId,
        String organisation,
        String fileName,
        String sha256,
        Instant importedAt,
        String importedBy,
        Role importedByRole,
        List<ImportFindingView> findings) {
}
