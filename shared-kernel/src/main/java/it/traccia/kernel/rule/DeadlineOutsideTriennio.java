package it.traccia.kernel.rule;

import java.time.LocalDate;

/** A deadline (data fine attesa) that falls outside the plan's triennio. */
public final class DeadlineOutsideTriennio extends RuleViolation {

    public DeadlineOutsideTriennio(String field, LocalDate deadline, int firstYear, int lastYear) {
        super(Refusal.INVALID, field, "La scadenza " + ItalianDates.format(deadline) + " è fuori dal triennio "
                + firstYear + "/" + lastYear + ": deve cadere tra il 01.01." + firstYear + " e il 31.12." + lastYear);
    }
}
