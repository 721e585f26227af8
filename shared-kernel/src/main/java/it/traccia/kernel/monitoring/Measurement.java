package it.traccia.kernel.monitoring;

import it.traccia.kernel.rule.InvalidMeasurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value of an indicator as measured (valore dell'indicatore): the exact number, its unit ("giorni", "%", or none),
 * the day it was measured and where it comes from (the source: a report, a register).
 */
public record Measurement(BigDecimal value, String unit, LocalDate measuredOn, String source) {

    /** The longest number {@link #parse} reads: fifteen integer digits and six decimals, with a sign. */
    public static final int MAX_TEXT_LENGTH = 23;
    private static final Pattern WRITTEN = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    /** Reads a value written with a decimal point ({@code "28"}, {@code "-3.5"}), refusing anything else first. */
    public static BigDecimal parse(String field, String text) {
        Objects.requireNonNull(field, "field");
        if (text == null || text.length() > MAX_TEXT_LENGTH || !WRITTEN.matcher(text.strip()).matches()) {
            throw new InvalidMeasurement(field, text);
        }
        return new BigDecimal(text.strip());
    }
}
