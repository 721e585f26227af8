package it.traccia.kernel.rule;

import java.time.LocalDate;

/** A day of monitoring (completion, measurement, state of progress) after today: it cannot have happened yet. */
public final class DateInFuture extends RuleViolation {

    public DateInFuture(String field, LocalDate date, LocalDate today) {
        super(Refusal.INVALID, field, "La data " + ItalianDates.format(date) + " è futura: oggi è "
                + ItalianDates.format(today));
    }
}
