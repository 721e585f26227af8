package it.traccia.kernel.plan.importing;

import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;

import java.time.LocalDate;
import java.util.List;

/**
 * An objective (obiettivo gestionale) as read from the draft, with its phases and the line it starts on. A weight that
 * cannot be read is 0 and a date that does not exist is null; a finding reports each.
 */
public record ImportedObjective(
        String number,
        ObjectiveKind kind,
        String description,
        Weight weight,
        String indicators,
        String targets,
        LocalDate deadline,
        int line,
        List<ImportedPhase> phases) {

    public ImportedObjective {
        phases = List.copyOf(phases);
    }
}
