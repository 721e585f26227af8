package it.traccia.kernel;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A measurable part of a target (valore atteso misurabile): a comparison, an exact number and its unit ("giorni",
 * "ore", "%" …, or null when the text names none), with the words it was read from.
 */
public record MeasurableTarget(Comparison comparison, BigDecimal value, String unit, String text) {

    /**
     * Whether a measured value meets this target: empty when the two cannot be compared, their units being named and
     * different ("giorni" and "gg" are the same unit, "giorni" and "%" are not).
     */
    public Optional<Boolean> metBy(BigDecimal measured, String measuredUnit) {
        if (unit != null && measuredUnit != null && !Units.same(unit, measuredUnit)) {
            return Optional.empty();
        }
        int order = measured.compareTo(value);
        return Optional.of(switch (comparison) {
            case AT_MOST -> order <= 0;
            case AT_LEAST -> order >= 0;
            case EQUAL -> order == 0;
            case LESS_THAN -> order < 0;
            case MORE_THAN -> order > 0;
        });
    }
}
