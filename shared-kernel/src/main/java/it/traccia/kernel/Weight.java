package it.traccia.kernel;

import it.traccia.kernel.rule.InvalidWeight;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weight (peso) in percent: from 0 to 100 with at most two decimals, exact. Kept without trailing zeros,
 * so {@code 25.50} and {@code 25.5} are the same weight. Its size is checked before any arithmetic on it, so that a
 * weight of a million digits is refused at once rather than worked on.
 */
public record Weight(BigDecimal value) implements Comparable<Weight> {

    /** The longest text {@link #parse} reads: three integer digits, a point, two decimals, and some blanks around. */
    public static final int MAX_TEXT_LENGTH = Percentages.MAX_TEXT_LENGTH;

    public static final Weight ZERO = new Weight(BigDecimal.ZERO);
    public static final Weight HUNDRED = new Weight(BigDecimal.valueOf(100));

    public Weight {
        value = Percentages.checked(value, () -> new InvalidWeight("weight"), written -> new InvalidWeight("weight", written));
    }

    /**
     * Reads a weight written with a decimal point ({@code "25"}, {@code "33.33"}): at most three integer digits and two
     * decimals, refusing anything else before it is turned into a number.
     *
     * @param field the field name to report when the text is not a weight
     */
    public static Weight parse(String field, String text) {
        Objects.requireNonNull(field, "field");
        BigDecimal value = Percentages.parse(text, written -> new InvalidWeight(field, written));
        try {
            return new Weight(value);
        } catch (InvalidWeight outOfRange) {
            throw new InvalidWeight(field, text);
        }
    }

    public static Weight of(String text) {
        return parse("weight", text);
    }

    public Weight plus(Weight other) {
        return new Weight(value.add(other.value));
    }

    public boolean equalsHundred() {
        return value.compareTo(BigDecimal.valueOf(100)) == 0;
    }

    @Override
    public int compareTo(Weight other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
