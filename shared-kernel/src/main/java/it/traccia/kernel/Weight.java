package it.traccia.kernel;

import it.traccia.kernel.rule.InvalidWeight;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weight (peso) in percent: from 0 to 100 with at most two decimals, exact. Kept without trailing zeros,
 * so {@code 25.50} and {@code 25.5} are the same weight.
 */
public record Weight(BigDecimal value) implements Comparable<Weight> {

    public static final Weight ZERO = new Weight(BigDecimal.ZERO);
    public static final Weight HUNDRED = new Weight(BigDecimal.valueOf(100));

    public Weight {
        if (value == null) {
            throw new InvalidWeight("weight", null);
        }
        BigDecimal normalised = value.stripTrailingZeros();
        if (normalised.scale() < 0) {
            normalised = normalised.setScale(0);
        }
        if (normalised.signum() < 0 || normalised.compareTo(BigDecimal.valueOf(100)) > 0 || normalised.scale() > 2) {
            throw new InvalidWeight("weight", value.toPlainString());
        }
        value = normalised;
    }

    /**
     * Reads a weight written with a decimal point ({@code "25"}, {@code "33.33"}), refusing anything else.
     *
     * @param field the field name to report when the text is not a weight
     */
    public static Weight parse(String field, String text) {
        Objects.requireNonNull(field, "field");
        if (text == null || !text.strip().matches("[+]?\\d{1,3}(\\.\\d+)?")) {
            throw new InvalidWeight(field, text);
        }
        BigDecimal value = new BigDecimal(text.strip());
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
