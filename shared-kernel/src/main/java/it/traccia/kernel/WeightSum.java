package it.traccia.kernel;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The sum of one weight set (somma dei pesi): the objectives of a structure, the phases of an objective, or the
 * common objectives. A set is balanced when it sums to exactly 100, or when it is empty: an objective without phases
 * has nothing to share out (common objective 2 of the Monte Cremasco draft has none).
 */
public record WeightSum(BigDecimal total, boolean balanced) {

    public static WeightSum of(Collection<Weight> weights) {
        BigDecimal total = weights.stream().map(Weight::value).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        if (total.scale() < 0) {
            total = total.setScale(0);
        }
        return new WeightSum(total, weights.isEmpty() || total.compareTo(BigDecimal.valueOf(100)) == 0);
    }
}
