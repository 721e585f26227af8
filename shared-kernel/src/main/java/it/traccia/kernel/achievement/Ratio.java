package it.traccia.kernel.achievement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient of two integers (rapporto esatto), kept in lowest terms with a positive denominator, so that a
 * weighted mean such as 200/3 is carried without rounding until it is shown. Only {@link #rounded()} rounds.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    public static final Ratio HUNDRED = new Ratio(BigInteger.valueOf(100), BigInteger.ONE);
    private static final int SHOWN_DECIMALS = 2;

    public Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("A ratio cannot have a zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger common = numerator.gcd(denominator);
        if (!common.equals(BigInteger.ONE) && common.signum() != 0) {
            numerator = numerator.divide(common);
            denominator = denominator.divide(common);
        }
    }

    /** The exact value of a decimal, such as a weight or an achievement. */
    public static Ratio of(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() <= 0) {
            return new Ratio(exact.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Ratio(exact.unscaledValue(), BigInteger.TEN.pow(exact.scale()));
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio dividedBy(Ratio other) {
        if (other.numerator.signum() == 0) {
            throw new ArithmeticException("Division of a ratio by zero");
        }
        return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** The value as people read it: two decimals, rounded half up, e.g. {@code 66.67} for 200/3 and {@code 48.00}. */
    public BigDecimal rounded() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The rounded value as text ({@code "66.67"}). */
    @Override
    public String toString() {
        return rounded().toPlainString();
    }
}
