package it.traccia.kernel;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The shape every percentage of a plan shares (percentuale), a weight as much as an achievement: from 0 to 100 with
 * at most two decimals, exact, without trailing zeros. Its size is checked before any arithmetic on it, so that a
 * value of a million digits is refused at once rather than worked on.
 */
final class Percentages {

    /** The longest text {@link #parse} reads: three integer digits, a point, two decimals, and some blanks around. */
    static final int MAX_TEXT_LENGTH = 16;
    /** The most decimal places a value may carry in, trailing zeros included. */
    private static final int MAX_SCALE = 10;
    private static final int MAX_INTEGER_DIGITS = 3;
    private static final Pattern WRITTEN = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /**
     * The value without trailing zeros, or the refusal: {@code tooLarge} when it is too long to repeat back,
     * {@code invalid} (given the value as written) when it is outside 0–100 or finer than two decimals.
     */
    static BigDecimal checked(BigDecimal value, Supplier<RuntimeException> tooLarge,
                              Function<String, RuntimeException> invalid) {
        if (value == null) {
            throw invalid.apply(null);
        }
        if (Math.abs(value.scale()) > MAX_SCALE || value.unscaledValue().bitLength() > Long.SIZE - 1
                || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw tooLarge.get();
        }
        BigDecimal normalised = value.stripTrailingZeros();
        if (normalised.scale() < 0) {
            normalised = normalised.setScale(0);
        }
        if (normalised.signum() < 0 || normalised.compareTo(HUNDRED) > 0 || normalised.scale() > 2) {
            throw invalid.apply(value.toPlainString());
        }
        return normalised;
    }

    /**
     * Reads a percentage written with a decimal point ({@code "25"}, {@code "33.33"}): at most three integer digits
     * and two decimals, refusing anything else (with {@code invalid}, given the text) before it becomes a number.
     */
    static BigDecimal parse(String text, Function<String, RuntimeException> invalid) {
        if (text == null || text.length() > MAX_TEXT_LENGTH || !WRITTEN.matcher(text.strip()).matches()) {
            throw invalid.apply(text);
        }
        return new BigDecimal(text.strip());
    }
}
