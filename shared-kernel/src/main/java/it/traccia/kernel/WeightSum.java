package it.traccia.kernel;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The sum of one weight set (somma dei pesi): the objectives of a structure, the phases of an objective, or the
 * common objectives. A set is balanced when it sums to exactly 100; an empty set sums to 0 and is not balanced.
 */
public record WeightSum(BigDecimal total, boolean balanced) {

    public static WeightSum of(Collection<Weight> weights) {
        BigDecimal total = weights.stream().map(Weight::value).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        if (total.scale() < 0) {
            total = total.setScale(0);
        }
        return new WeightSum(total, total.compareTo(BigDecimal.valueOf(100)) == 0);
    }
}
