package it.traccia.kernel.rule;

import java.time.LocalDate;

/** A delibera dated after today: the Giunta cannot have decided yet. */
public final class ResolutionDateInFuture extends RuleViolation {

    public ResolutionDateInFuture(String field, LocalDate resolutionDate, LocalDate today) {
        super(Refusal.INVALID, field, "La delibera non può avere una data futura (" + ItalianDates.format(resolutionDate)
                + ", oggi è " + ItalianDates.format(today) + ")");
    }
}
