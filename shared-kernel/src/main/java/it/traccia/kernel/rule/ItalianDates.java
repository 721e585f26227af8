package it.traccia.kernel.rule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in messages as Italian users write them (gg.mm.aaaa), e.g. 31.01.2026. */
final class ItalianDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private ItalianDates() {
    }

    static String format(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }
}
