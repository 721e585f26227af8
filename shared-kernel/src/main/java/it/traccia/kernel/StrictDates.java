package it.traccia.kernel;

import it.traccia.kernel.rule.InvalidDate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Strict reading of dates (date): a day that does not exist, such as 31 June, is an error, never the next day; a year
 * is written with exactly four digits, so {@code +99999-12-31} is refused before it is read.
 */
public final class StrictDates {

    /** The longest text {@link #parseIso} reads: {@code yyyy-MM-dd} with some blanks around. */
    public static final int MAX_TEXT_LENGTH = 32;

    private static final Pattern WRITTEN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private StrictDates() {
    }

    /** Reads an ISO date {@code yyyy-MM-dd}, or throws {@link InvalidDate} naming the field. */
    public static LocalDate parseIso(String field, String text) {
        if (text == null || text.length() > MAX_TEXT_LENGTH || !WRITTEN.matcher(text.strip()).matches()) {
            throw new InvalidDate(field, text);
        }
        try {
            return LocalDate.parse(text.strip(), ISO);
        } catch (DateTimeParseException notADate) {
            throw new InvalidDate(field, text);
        }
    }
}
