package it.traccia.app.web.page;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * How the pages write numbers and dates (formato delle pagine), as Italians write them: weights as typed
 * ({@code 40}, {@code 33.33}, never {@code 4E+1}), dates as {@code 31.12.2026}, instants in Italian time
 * ({@code 10.02.2026 14:03}). Templates call it as {@code @formato}.
 */
@Component("formato")
public class PageFormat {

    /** Italian time, in which the comuni read every instant the event store records in UTC. */
    public static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A weight or any exact number, without exponent or trailing zeros; empty when there is none. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /**
     * A value of the audit trail as people read it: a date written {@code 31.12.2026}, nothing as a dash, any other
     * text as it is.
     */
    public String text(String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return date(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return value;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ITALY));
    }
}
