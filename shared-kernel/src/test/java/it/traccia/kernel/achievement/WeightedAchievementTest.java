package it.traccia.kernel.achievement;

import it.traccia.kernel.Weight;
import it.traccia.kernel.achievement.WeightedAchievement.Part;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one calculation of achievement: Σ wᵢ·aᵢ / Σ wᵢ, exact, rounded only when shown. */
class WeightedAchievementTest {

    private static Ratio percent(String value) {
        return Ratio.of(new BigDecimal(value));
    }

    @Test
    void weighsEachPartsAchievementByItsWeight() {
        List<Part> objectives = List.of(Part.of(Weight.of("60"), percent("80")), Part.of(Weight.of("40"), percent("45")));

        assertThat(WeightedAchievement.of(objectives)).hasValueSatisfying(mean ->
                assertThat(mean.rounded()).isEqualByComparingTo("66.00"));
    }

    @Test
    void keepsTheExactRatioUntilItIsShown() {
        List<Part> thirds = List.of(Part.of(Weight.of("33.33"), percent("100")), Part.of(Weight.of("33.33"), percent("100")),
                Part.of(Weight.of("33.34"), percent("0")));
        Ratio mean = WeightedAchievement.of(thirds).orElseThrow();

        assertThat(mean).isEqualTo(new Ratio(BigInteger.valueOf(6666), BigInteger.valueOf(100)));
        assertThat(mean).hasToString("66.66");
        Ratio twoThirds = WeightedAchievement.of(List.of(Part.of(Weight.of("1"), percent("100")),
                Part.of(Weight.of("2"), percent("50")))).orElseThrow();
        assertThat(twoThirds).isEqualTo(new Ratio(BigInteger.valueOf(200), BigInteger.valueOf(3)));
        assertThat(twoThirds.times(Ratio.of(BigDecimal.valueOf(3)))).isEqualTo(Ratio.of(BigDecimal.valueOf(200)));
        assertThat(twoThirds).hasToString("66.67");
    }

    @Test
    void leavesPartsTakenOutAndRescalesTheOthers() {
        Part one = Part.of(Weight.of("60"), percent("80"));
        Part two = Part.takenOut(Weight.of("40"), percent("45"));
        List<Part> parts = List.of(one, two);

        assertThat(WeightedAchievement.of(parts)).contains(percent("80"));
        assertThat(WeightedAchievement.rescaledWeight(one, parts)).hasToString("100.00");
        assertThat(WeightedAchievement.rescaledWeight(two, parts)).isEqualTo(Ratio.ZERO);
    }

    @Test
    void givesNoAchievementWhenNoWeightIsLeft() {
        assertThat(WeightedAchievement.of(List.of())).isEmpty();
        assertThat(WeightedAchievement.of(List.of(Part.takenOut(Weight.of("100"), percent("50"))))).isEmpty();
        assertThat(WeightedAchievement.of(List.of(Part.of(Weight.ZERO, percent("50"))))).isEmpty();
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        assertThat(new Ratio(BigInteger.valueOf(1), BigInteger.valueOf(8))).hasToString("0.13");
        assertThat(new Ratio(BigInteger.valueOf(-2), BigInteger.valueOf(-4))).hasToString("0.50");
        assertThat(Ratio.of(new BigDecimal("48"))).hasToString("48.00");
    }
}
