package it.traccia.kernel.plan.query;

import it.traccia.kernel.Role;

import java.time.Instant;
import java.time.LocalDate;

/** How a version of the plan was adopted: the delibera di Giunta (number, date) and who recorded it, when. */
public record AdoptionView(
        String resolutionNumber,
        LocalDate resolutionDate,
        Instant adoptedAt,
        String adoptedBy,
        Role adoptedByRole) {
}
