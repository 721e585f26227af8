package it.traccia.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traccia.kernel.rule.InvalidWeight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;

class WeightTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "33.33", "25.5", "0.01", "99.99"})
    void acceptsWeightsFromZeroToHundredWithAtMostTwoDecimals(String text) {
        Weight weight = Weight.of(text);

        assertThat(weight.value()).isEqualByComparingTo(text);
    }

    @Test
    void acceptsHundredWrittenWithDecimals() {
        assertThat(Weight.of("100.00")).isEqualTo(Weight.HUNDRED);
    }

    @Test
    void treats25Point50And25Point5AsTheSameWeight() {
        Weight written = Weight.of("25.50");

        assertThat(written).isEqualTo(Weight.of("25.5"));
        assertThat(written).hasSameHashCodeAs(Weight.of("25.5"));
        assertThat(written.toString()).isEqualTo("25.5");
    }

    @Test
    void keepsWholeWeightsWithoutExponent() {
        assertThat(Weight.of("30").toString()).isEqualTo("30");
        assertThat(new Weight(new BigDecimal("1E+2"))).isEqualTo(Weight.HUNDRED);
        assertThat(Weight.HUNDRED.toString()).isEqualTo("100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.001", "100.01", "101", "33.333", "abc", "1e2", "", " ", "25,5", "25%", "1000"})
    void rejectsAnythingButAWeightFromZeroToHundredWithTwoDecimals(String text) {
        assertThatThrownBy(() -> Weight.parse("weight", text)).isInstanceOf(InvalidWeight.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25.500", "+25", "0100", "1.", ".5"})
    void rejectsWeightsWrittenWithMoreThanThreeIntegerDigitsOrTwoDecimals(String text) {
        assertThatThrownBy(() -> Weight.parse("weight", text)).isInstanceOf(InvalidWeight.class);
    }

    @Test
    void rejectsAMegabyteOfDigitsWithoutWorkingOnThem() {
        String huge = "1." + "0".repeat(1 << 20);

        assertThatThrownBy(() -> Weight.parse("weight", huge))
                .isInstanceOfSatisfying(InvalidWeight.class, refused -> assertThat(refused.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> new Weight(new BigDecimal(BigInteger.ONE.shiftLeft(1 << 23))))
                .isInstanceOf(InvalidWeight.class);
    }

    @Test
    void rejectsValuesTooLargeOrTooFineForAWeightInTheConstructor() {
        assertThatThrownBy(() -> new Weight(new BigDecimal("1E+9"))).isInstanceOf(InvalidWeight.class);
        assertThatThrownBy(() -> new Weight(new BigDecimal("1E-11"))).isInstanceOf(InvalidWeight.class);
        assertThat(new Weight(new BigDecimal("25.5000000000"))).isEqualTo(Weight.of("25.5"));
    }

    @Test
    void rejectsAMissingWeight() {
        assertThatThrownBy(() -> Weight.parse("weight", null)).isInstanceOf(InvalidWeight.class);
        assertThatThrownBy(() -> new Weight(null)).isInstanceOf(InvalidWeight.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.001", "100.01", "-0.01"})
    void rejectsOutOfRangeValuesInTheConstructorToo(String value) {
        assertThatThrownBy(() -> new Weight(new BigDecimal(value))).isInstanceOf(InvalidWeight.class);
    }

    @Test
    void namesTheFieldItCouldNotRead() {
        assertThatThrownBy(() -> Weight.parse("peso", "abc"))
                .isInstanceOfSatisfying(InvalidWeight.class, refused -> {
                    assertThat(refused.field()).isEqualTo("peso");
                    assertThat(refused.code()).isEqualTo("InvalidWeight");
                    assertThat(refused.getMessage()).contains("'abc'");
                });
    }

    @Test
    void namesTheFieldOfAnOutOfRangeWeight() {
        assertThatThrownBy(() -> Weight.parse("phases[0].weight", "100.01"))
                .isInstanceOfSatisfying(InvalidWeight.class, refused -> assertThat(refused.field()).isEqualTo("phases[0].weight"));
    }

    @Test
    void readsWeightsSurroundedByBlanks() {
        assertThat(Weight.of(" 20 ")).isEqualTo(Weight.of("20"));
    }

    @Test
    void addsWeightsExactly() {
        assertThat(Weight.of("33.33").plus(Weight.of("66.67"))).isEqualTo(Weight.HUNDRED);
        assertThat(Weight.of("33.33").plus(Weight.of("66.67")).equalsHundred()).isTrue();
    }

    @Test
    void rejectsASumAboveHundred() {
        assertThatThrownBy(() -> Weight.of("60").plus(Weight.of("50"))).isInstanceOf(InvalidWeight.class);
    }

    @Test
    void comparesByValue() {
        assertThat(Weight.of("25")).isLessThan(Weight.of("30"));
        assertThat(Weight.of("30.00")).isEqualByComparingTo(Weight.of("30"));
    }
}
