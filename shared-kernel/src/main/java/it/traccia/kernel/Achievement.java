package it.traccia.kernel;

import it.traccia.kernel.rule.InvalidAchievement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The share of an objective or phase achieved (grado di raggiungimento), in percent: from 0 to 100 with at most two
 * decimals, exact, like a weight; {@code 80.50} and {@code 80.5} are the same achievement.
 */
public record Achievement(BigDecimal value) implements Comparable<Achievement> {

    /** The longest text {@link #parse} reads. */
    public static final int MAX_TEXT_LENGTH = Percentages.MAX_TEXT_LENGTH;

    public static final Achievement NONE = new Achievement(BigDecimal.ZERO);
    public static final Achievement FULL = new Achievement(BigDecimal.valueOf(100));

    public Achievement {
        value = Percentages.checked(value, () -> new InvalidAchievement("achievement"),
                written -> new InvalidAchievement("achievement", written));
    }

    /** Reads an achievement written with a decimal point ({@code "100"}, {@code "62.5"}), refusing anything else. */
    public static Achievement parse(String field, String text) {
        Objects.requireNonNull(field, "field");
        BigDecimal value = Percentages.parse(text, written -> new InvalidAchievement(field, written));
        try {
            return new Achievement(value);
        } catch (InvalidAchievement outOfRange) {
            throw new InvalidAchievement(field, text);
        }
    }

    public static Achievement of(String text) {
        return parse("achievement", text);
    }

    @Override
    public int compareTo(Achievement other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
