package it.traccia.kernel.rule;

import java.time.LocalDate;

/**
 * A delibera dated before 1 January of the year before the plan's triennio begins: no Giunta adopts a plan that
 * early, so the date is a typing error.
 */
public final class ResolutionDateOutOfRange extends RuleViolation {

    public ResolutionDateOutOfRange(String field, LocalDate resolutionDate, LocalDate earliest) {
        super(Refusal.INVALID, field, "La data della delibera " + ItalianDates.format(resolutionDate)
                + " è troppo lontana: per questo piano non può essere anteriore al " + ItalianDates.format(earliest));
    }
}
