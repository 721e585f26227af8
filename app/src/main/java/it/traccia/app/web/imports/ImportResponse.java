package it.traccia.app.web.imports;

import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.importing.ImportedPlan;

import java.util.List;

/**
 * Answer to an import (esito dell'importazione): the plan's id (the one it would get, on a dry run), whether it was
 * created, the document, how many errors and warnings, every finding, and the plan as read.
 */
public record ImportResponse(
        String id,
        boolean created,
        ImportSource source,
        long errors,
        long warnings,
        List<ImportFinding> findings,
        ImportedPlan plan) {
}
