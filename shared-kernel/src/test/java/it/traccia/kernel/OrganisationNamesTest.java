package it.traccia.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Comune di Vailate", "comune di vailate", "  Comune   di Vailate ", "Comune\u00A0di Vailate",
            "Comune di\tVailate", "ＣＯＭＵＮＥ ｄｉ Ｖａｉｌａｔｅ", "COMUNE DI VAILATE"})
    void givesEveryWayOfWritingTheSameComuneTheSameForm(String written) {
        assertThat(OrganisationNames.normalised(written)).isEqualTo("comune di vailate");
        assertThat(OrganisationId.forName(written)).isEqualTo(OrganisationId.forName("Comune di Vailate"));
    }

    @Test
    void keepsACyrillicLetterApartFromTheLatinOneItLooksLike() {
        String cyrillic = "Comune di V\u0430ilate";

        assertThat(OrganisationNames.normalised(cyrillic)).isNotEqualTo("comune di vailate");
        assertThat(OrganisationNames.hasOnlyLatinLetters(cyrillic)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Comune di Monte Cremasco", "Comune di Cantù", "Gemeinde Sankt Christina in Gröden",
            "Comune di Sëlva", "Občina Dolina", "Comune di Saint-Rhémy-en-Bosses", "Unione dei Comuni 2", "ＣＯＭＵＮＥ"})
    void acceptsTheLatinLettersOfEveryItalianComune(String name) {
        assertThat(OrganisationNames.hasOnlyLatinLetters(name)).isTrue();
    }
}
