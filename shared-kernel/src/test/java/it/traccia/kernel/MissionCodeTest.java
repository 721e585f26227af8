package it.traccia.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traccia.kernel.rule.InvalidMissionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.IntStream;

class MissionCodeTest {

    private static final List<String> THE_23_MISSIONS = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "50", "60", "99");

    @Test
    void knowsExactlyThe23MissionsOfTheBudget() {
        List<String> accepted = IntStream.rangeClosed(0, 99)
                .mapToObj(code -> String.format("%02d", code))
                .filter(MissionCodeTest::isAMission)
                .toList();

        assertThat(accepted).containsExactlyElementsOf(THE_23_MISSIONS).hasSize(23);
    }

    @Test
    void givesEachMissionItsOfficialTitle() {
        assertThat(THE_23_MISSIONS).allSatisfy(code -> assertThat(new MissionCode(code).title()).isNotBlank());
        assertThat(new MissionCode("01").title()).isEqualTo("Servizi istituzionali, generali e di gestione");
        assertThat(new MissionCode("99").title()).isEqualTo("Servizi per conto terzi");
    }

    @Test
    void readsASingleDigitCodeAsItsTwoDigitForm() {
        assertThat(MissionCode.parse("missionCode", "1")).isEqualTo(new MissionCode("01"));
        assertThat(MissionCode.parse("missionCode", " 9 ")).isEqualTo(new MissionCode("09"));
    }

    @Test
    void readsATwoDigitCode() {
        assertThat(MissionCode.parse("missionCode", "12")).isEqualTo(new MissionCode("12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "00", "0", "49", "98", "100", "001", "1a", "uno", ""})
    void rejectsCodesThatAreNotAMission(String text) {
        assertThatThrownBy(() -> MissionCode.parse("missione", text))
                .isInstanceOfSatisfying(InvalidMissionCode.class, refused -> assertThat(refused.field()).isEqualTo("missione"));
    }

    @Test
    void rejectsAMissingCode() {
        assertThatThrownBy(() -> MissionCode.parse("missionCode", null)).isInstanceOf(InvalidMissionCode.class);
        assertThatThrownBy(() -> new MissionCode(null)).isInstanceOf(InvalidMissionCode.class);
    }

    @Test
    void rejectsASingleDigitInTheConstructor() {
        assertThatThrownBy(() -> new MissionCode("1")).isInstanceOf(InvalidMissionCode.class);
    }

    @Test
    void findsTheMissionTheDraftNamesByTitle() {
        assertThat(MissionCode.fromTitle("Servizi istituzionali, generali e di gestione")).contains(new MissionCode("01"));
    }

    @Test
    void findsAMissionByTitleIgnoringCaseAndSurroundingBlanks() {
        assertThat(MissionCode.fromTitle("  diritti sociali, politiche sociali e FAMIGLIA ")).contains(new MissionCode("12"));
    }

    @Test
    void findsNoMissionForAnUnknownOrMissingTitle() {
        assertThat(MissionCode.fromTitle("Servizi generali")).isEmpty();
        assertThat(MissionCode.fromTitle(null)).isEmpty();
    }

    @Test
    void printsAsItsCode() {
        assertThat(new MissionCode("06")).hasToString("06");
    }

    private static boolean isAMission(String code) {
        try {
            new MissionCode(code);
            return true;
        } catch (InvalidMissionCode notAMission) {
            return false;
        }
    }
}
