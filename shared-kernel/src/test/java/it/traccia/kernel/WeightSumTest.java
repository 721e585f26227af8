package it.traccia.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

class WeightSumTest {

    @Test
    void balancesTheSevenObjectivesOfTheSegreteria() {
        WeightSum sum = WeightSum.of(weights("10", "10", "10", "10", "10", "30", "20"));

        assertThat(sum.balanced()).isTrue();
        assertThat(sum.total()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void balancesTwoPhasesOfFiftyPercent() {
        assertThat(WeightSum.of(weights("50", "50.00")).balanced()).isTrue();
    }

    @Test
    void balancesFiveCommonObjectivesOfTwentyPercent() {
        assertThat(WeightSum.of(weights("20", "20", "20", "20", "20")).balanced()).isTrue();
    }

    @Test
    void balancesDecimalWeightsExactly() {
        WeightSum sum = WeightSum.of(weights("33.33", "33.33", "33.34"));

        assertThat(sum.balanced()).isTrue();
        assertThat(sum.total()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void doesNotBalanceThreeThirdsRoundedDown() {
        WeightSum sum = WeightSum.of(weights("33.33", "33.33", "33.33"));

        assertThat(sum.balanced()).isFalse();
        assertThat(sum.total()).isEqualTo(new BigDecimal("99.99"));
    }

    @Test
    void doesNotBalanceObjective6ReducedTo25() {
        WeightSum sum = WeightSum.of(weights("10", "10", "10", "10", "10", "25", "20"));

        assertThat(sum).isEqualTo(new WeightSum(new BigDecimal("95"), false));
    }

    @Test
    void reportsASumAboveHundred() {
        WeightSum sum = WeightSum.of(weights("60", "60"));

        assertThat(sum).isEqualTo(new WeightSum(new BigDecimal("120"), false));
    }

    @Test
    void balancesAnEmptySetThatHasNothingToShareOut() {
        WeightSum sum = WeightSum.of(List.of());

        assertThat(sum).isEqualTo(new WeightSum(BigDecimal.ZERO, true));
    }

    @Test
    void balancesASinglePhaseOfHundredPercent() {
        assertThat(WeightSum.of(List.of(Weight.HUNDRED))).isEqualTo(new WeightSum(new BigDecimal("100"), true));
    }

    private static List<Weight> weights(String... texts) {
        return Stream.of(texts).map(Weight::of).toList();
    }
}
