package it.traccia.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traccia.kernel.rule.InvalidDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

class StrictDatesTest {

    @Test
    void rejects31JuneAsTheRealDraftWritesIt() {
        assertThatThrownBy(() -> StrictDates.parseIso("deadline", "2026-06-31"))
                .isInstanceOfSatisfying(InvalidDate.class, refused -> {
                    assertThat(refused.field()).isEqualTo("deadline");
                    assertThat(refused.code()).isEqualTo("InvalidDate");
                    assertThat(refused.getMessage()).contains("2026-06-31");
                });
    }

    @Test
    void rejects29FebruaryOfACommonYear() {
        assertThatThrownBy(() -> StrictDates.parseIso("phases[0].deadline", "2026-02-29"))
                .isInstanceOfSatisfying(InvalidDate.class,
                        refused -> assertThat(refused.field()).isEqualTo("phases[0].deadline"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-12-31", "-0001-01-01", "20260-01-31", "2026-01-31T00:00"})
    void rejectsAYearNotWrittenWithFourDigits(String text) {
        assertThatThrownBy(() -> StrictDates.parseIso("deadline", text)).isInstanceOf(InvalidDate.class);
    }

    @Test
    void rejectsAMegabyteOfTextWithoutReadingIt() {
        assertThatThrownBy(() -> StrictDates.parseIso("deadline", "2026-01-31" + " ".repeat(1 << 20)))
                .isInstanceOfSatisfying(InvalidDate.class, refused -> assertThat(refused.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void accepts29FebruaryOfALeapYear() {
        assertThat(StrictDates.parseIso("deadline", "2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void acceptsTheLastDayOfTheYear() {
        assertThat(StrictDates.parseIso("deadline", "2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void readsADateSurroundedByBlanks() {
        assertThat(StrictDates.parseIso("deadline", " 2026-01-31 ")).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.06.2026", "31.12.2026", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-31", "26-01-31",
            "domani"})
    void rejectsDatesThatDoNotExistOrAreNotWrittenAsIso(String text) {
        assertThatThrownBy(() -> StrictDates.parseIso("deadline", text)).isInstanceOf(InvalidDate.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAMissingDate(String text) {
        assertThatThrownBy(() -> StrictDates.parseIso("deadline", text))
                .isInstanceOfSatisfying(InvalidDate.class, refused -> assertThat(refused.field()).isEqualTo("deadline"));
    }
}
