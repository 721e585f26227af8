package it.traccia.kernel;

import it.traccia.kernel.rule.InvalidDate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Strict reading of dates (date): a day that does not exist, such as 31 June, is an error, never the next day. */
public final class StrictDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private StrictDates() {
    }

    /** Reads an ISO date {@code yyyy-MM-dd}, or throws {@link InvalidDate} naming the field. */
    public static LocalDate parseIso(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip(), ISO);
        } catch (DateTimeParseException notADate) {
            throw new InvalidDate(field, text);
        }
    }
}
