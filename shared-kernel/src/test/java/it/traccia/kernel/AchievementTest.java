package it.traccia.kernel;

import it.traccia.kernel.rule.InvalidAchievement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An achievement (grado di raggiungimento): 0–100, two decimals at most, exact, refused otherwise by its field. */
class AchievementTest {

    @Test
    void readsAchievementsAsPeopleWriteThem() {
        assertThat(Achievement.of("100")).hasToString("100");
        assertThat(Achievement.of("62.50")).isEqualTo(Achievement.of("62.5")).hasToString("62.5");
        assertThat(Achievement.of(" 0 ")).isEqualTo(Achievement.NONE);
        assertThat(new Achievement(new BigDecimal("4E+1"))).hasToString("40");
    }

    @Test
    void rejectsWhatIsNotAShareOfAHundred() {
        for (String wrong : new String[] {"100.5", "-1", "abc", "33.333", "1e2", "", "1".repeat(1_000_000)}) {
            assertThatThrownBy(() -> Achievement.parse("achievement", wrong)).as(wrong.length() > 20 ? "a long one" : wrong)
                    .isInstanceOfSatisfying(InvalidAchievement.class,
                            refused -> assertThat(refused.field()).isEqualTo("achievement"));
        }
        assertThatThrownBy(() -> new Achievement(new BigDecimal("1E+1000000"))).isInstanceOf(InvalidAchievement.class);
    }
}
