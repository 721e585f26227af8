package it.traccia.kernel.achievement;

import it.traccia.kernel.Weight;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one calculation of achievement (calcolo del raggiungimento) that monitoring's progress and the Relazione share:
 * the mean of the parts' achievements weighted by their weights, Σ wᵢ·aᵢ / Σ wᵢ, exact. An objective's achievement
 * is this over its phases, a structure's over its objectives. Parts taken out (neutralised) do not count; when no
 * weight is left there is no achievement to give ({@link Optional#empty()}).
 */
public final class WeightedAchievement {

    private WeightedAchievement() {
    }

    /** One part of a weighted whole: a phase of an objective, or an objective of a structure. */
    public record Part(Weight weight, Ratio achievement, boolean counted) {

        public Part {
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(achievement, "achievement");
        }

        /** A part that counts. */
        public static Part of(Weight weight, Ratio achievement) {
            return new Part(weight, achievement, true);
        }

        /** A part taken out of the calculation (neutralizzato): its weight goes to the others. */
        public static Part takenOut(Weight weight, Ratio achievement) {
            return new Part(weight, achievement, false);
        }
    }

    /** Σ wᵢ·aᵢ / Σ wᵢ over the parts that count; empty when none counts or their weights sum to zero. */
    public static Optional<Ratio> of(List<Part> parts) {
        Ratio weighted = Ratio.ZERO;
        Ratio weights = Ratio.ZERO;
        for (Part part : parts) {
            if (part.counted()) {
                Ratio weight = Ratio.of(part.weight().value());
                weighted = weighted.plus(weight.times(part.achievement()));
                weights = weights.plus(weight);
            }
        }
        return weights.isZero() ? Optional.empty() : Optional.of(weighted.dividedBy(weights));
    }

    /**
     * The weight of a counted part once the others taken out are discounted, rescaled so that the counted weights sum
     * to 100: wᵢ × 100 / Σ counted; zero for a part taken out, or when no weight is left.
     */
    public static Ratio rescaledWeight(Part part, List<Part> parts) {
        Ratio counted = Ratio.ZERO;
        for (Part each : parts) {
            if (each.counted()) {
                counted = counted.plus(Ratio.of(each.weight().value()));
            }
        }
        if (!part.counted() || counted.isZero()) {
            return Ratio.ZERO;
        }
        return Ratio.of(part.weight().value()).times(Ratio.HUNDRED).dividedBy(counted);
    }
}
