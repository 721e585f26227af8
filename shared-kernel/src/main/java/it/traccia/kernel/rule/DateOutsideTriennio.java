package it.traccia.kernel.rule;

import java.time.LocalDate;

/** A day of monitoring outside the plan's triennio: what it records cannot belong to this plan. */
public final class DateOutsideTriennio extends RuleViolation {

    public DateOutsideTriennio(String field, LocalDate date, int firstYear, int lastYear) {
        super(Refusal.INVALID, field, "La data " + ItalianDates.format(date) + " è fuori dal triennio " + firstYear
                + "/" + lastYear + ": deve cadere tra il 01.01." + firstYear + " e il 31.12." + lastYear);
    }
}
