package it.traccia.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Riequilibrio dei pesi", "Prima riga\nseconda riga", "Righe\r\ndi Windows", "Colonne\tcon tab",
            "Città, perché, è", "Emoji 😀 ammesse", "€ 1.000,00", ""})
    void acceptsPrintableTextTabsAndLineBreaks(String text) {
        assertThat(Texts.hasOnlyAllowedCharacters(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "campanello\u0007", "escape\u001B[31m", "ritorno\r solo", "del\u007F",
            "c1\u0085", "rovescia\u202Etesto", "isolato\u2066x\u2069", "alta\uD800", "bassa\uDC00", "\uDC00\uD800"})
    void rejectsControlCharactersBidirectionalOverridesAndLoneSurrogates(String text) {
        assertThat(Texts.hasOnlyAllowedCharacters(text)).isFalse();
    }

    @Test
    void hasNothingToRefuseInAMissingText() {
        assertThat(Texts.hasOnlyAllowedCharacters(null)).isTrue();
    }
}
