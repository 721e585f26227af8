package it.traccia.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The measurable targets of the Monte Cremasco draft, read from its own words. */
class MeasurableTargetsTest {

    @Test
    void readsAPaymentTimeAsAtMostThirtyDays() {
        assertThat(MeasurableTargets.readFrom("Rispetto del limite temporale di pagamento entro 30 gg."))
                .containsExactly(target(Comparison.AT_MOST, "30", "giorni", "entro 30 gg."));
    }

    @Test
    void readsEntroIAsAtMost() {
        assertThat(MeasurableTargets.readFrom("tempi medi di pagamento entro i 30 gg"))
                .extracting(MeasurableTarget::comparison, MeasurableTarget::value, MeasurableTarget::unit)
                .containsExactly(tuple(Comparison.AT_MOST, new BigDecimal("30"), "giorni"));
    }

    @Test
    void readsAlmenoAsAtLeastEvenWithoutAUnit() {
        assertThat(MeasurableTargets.readFrom("Realizzazione di almeno 40 individuali di formazione certificata nell'anno."))
                .extracting(MeasurableTarget::comparison, MeasurableTarget::value, MeasurableTarget::unit)
                .containsExactly(tuple(Comparison.AT_LEAST, new BigDecimal("40"), null));
    }

    @Test
    void readsZeroOrNegativeAsAtMostZero() {
        assertThat(MeasurableTargets.readFrom("indicatore di ritardo uguale a 0 o negativo"))
                .extracting(MeasurableTarget::comparison, MeasurableTarget::value)
                .containsExactly(tuple(Comparison.AT_MOST, new BigDecimal("0")));
    }

    @Test
    void readsAPercentage() {
        assertThat(MeasurableTargets.readFrom("Riscossione di almeno il 98% delle entrate"))
                .extracting(MeasurableTarget::comparison, MeasurableTarget::value, MeasurableTarget::unit)
                .containsExactly(tuple(Comparison.AT_LEAST, new BigDecimal("98"), "%"));
    }

    @Test
    void readsEveryStepOfAChainInOrder() {
        List<MeasurableTarget> targets = MeasurableTargets.readFrom("Rispetto del limite temporale di pagamento entro 30 gg. "
                + "Accettazione fatture ufficio competente entro 7 gg. Contabilizzazione ufficio ragioneria entro 7 gg. "
                + "Liquidazione ufficio competente entro 8 gg. Mandato pagamento ufficio ragioneria entro 8 gg.");

        assertThat(targets).extracting(MeasurableTarget::value).containsExactly(
                new BigDecimal("30"), new BigDecimal("7"), new BigDecimal("7"), new BigDecimal("8"), new BigDecimal("8"));
        assertThat(targets).allSatisfy(target -> assertThat(target.unit()).isEqualTo("giorni"));
    }

    @Test
    void readsADecimalComma() {
        assertThat(MeasurableTargets.readFrom("almeno 33,5 ore")).extracting(MeasurableTarget::value)
                .containsExactly(new BigDecimal("33.5"));
    }

    @Test
    void findsNothingInProse() {
        assertThat(MeasurableTargets.readFrom("Trasmissione alla Giunta per l'approvazione.")).isEmpty();
        assertThat(MeasurableTargets.readFrom(null)).isEmpty();
    }

    @Test
    void tellsWhetherAMeasuredValueMeetsTheTargetInTheSameUnit() {
        MeasurableTarget thirtyDays = MeasurableTargets.readFrom("Tempi medi di pagamento entro i 30 gg.").get(0);

        assertThat(thirtyDays.metBy(new BigDecimal("28"), "giorni")).contains(true);
        assertThat(thirtyDays.metBy(new BigDecimal("30.0"), "GG")).contains(true);
        assertThat(thirtyDays.metBy(new BigDecimal("30.01"), "gg.")).contains(false);
        assertThat(thirtyDays.metBy(new BigDecimal("28"), null)).as("a value without a unit").contains(true);
        assertThat(thirtyDays.metBy(new BigDecimal("28"), "%")).as("another unit").isEmpty();
        MeasurableTarget atLeastForty = target(Comparison.AT_LEAST, "40", null, "almeno 40");
        assertThat(atLeastForty.metBy(new BigDecimal("39.99"), "ore")).contains(false);
        assertThat(atLeastForty.metBy(new BigDecimal("40"), "ore")).contains(true);
    }

    private static MeasurableTarget target(Comparison comparison, String value, String unit, String text) {
        return new MeasurableTarget(comparison, new BigDecimal(value), unit, text);
    }
}
