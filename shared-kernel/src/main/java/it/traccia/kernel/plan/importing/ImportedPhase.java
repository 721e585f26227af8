package it.traccia.kernel.plan.importing;

import it.traccia.kernel.Weight;

import java.time.LocalDate;

/** A phase (fase) as read from the draft, with the line it starts on; a date that does not exist is read as null. */
public record ImportedPhase(
        String number,
        String description,
        Weight weight,
        String indicator,
        String target,
        LocalDate deadline,
        int line) {
}
