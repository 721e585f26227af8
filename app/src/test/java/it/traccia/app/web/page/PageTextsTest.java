package it.traccia.app.web.page;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.event.PlanEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a page picks by a code has its Italian text: each plan event's sentence in the history, each status and
 * role and kind of objective, so that no page ever shows a code such as {@code ObjectiveWeightChanged} to a person.
 */
class PageTextsTest {

    @Test
    void everyPlanEventHasItsSentenceInTheHistory() throws IOException {
        Properties texts = texts();
        List<String> events = new ClassFileImporter().importPackages("it.traccia.kernel.plan.event").stream()
                .filter(type -> type.isAssignableTo(PlanEvent.class) && !type.isInterface()
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getSimpleName)
                .toList();

        assertThat(events).isNotEmpty()
                .allSatisfy(event -> assertThat(texts).containsKey("history.action." + event));
    }

    @Test
    void everyStatusAndRoleHasItsItalianName() throws IOException {
        Properties texts = texts();

        assertThat(Arrays.stream(PlanStatus.values()).map(status -> "status." + status))
                .allSatisfy(key -> assertThat(texts).containsKey(key));
        assertThat(Arrays.stream(Role.values()).map(role -> "role." + role))
                .allSatisfy(key -> assertThat(texts).containsKey(key));
    }

    @Test
    void everyKindOfObjectiveHasItsItalianName() throws IOException {
        Properties texts = texts();

        assertThat(Arrays.stream(ObjectiveKind.values()).map(kind -> "kind." + kind))
                .allSatisfy(key -> assertThat(texts).containsKey(key));
    }

    /** Every text is read as a MessageFormat pattern: an apostrophe alone would vanish, and quote what follows it. */
    @Test
    void everyApostropheIsWrittenTwice() throws IOException {
        Properties texts = texts();

        assertThat(texts.stringPropertyNames()).allSatisfy(key -> {
            String text = texts.getProperty(key);
            assertThat(text.replace("''", "")).as(key).doesNotContain("'");
            assertThat(new MessageFormat(text, Locale.ITALIAN).format(new Object[]{1, 2, 3, 4, 5}))
                    .as(key).doesNotContain("''");
        });
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = PageTextsTest.class.getResourceAsStream("/messages.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
