package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import it.traccia.app.reminders.Reminders;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders of deadlines, on the real stores and a real SMTP server: the head of Segreteria is told once of each
 * overdue phase of the adopted plan, in the application and by e-mail, marks a notification read, and nobody else can;
 * the daily run happens once a day.
 */
class RemindersIT extends EmbeddedStoresIT {

    @Autowired
    Reminders reminders;

    @Autowired
    Clock clock;

    @Test
    void tellsTheHeadOnceOfEachOverduePhaseInTheApplicationAndByEmail() throws Exception {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        String plan = "/api/plans/" + adopted.planId;
        assertThat(as("resp-segreteria").post(plan + "/phases/" + adopted.phaseId + "/completion", """
                {"completedOn": "2026-06-20", "achievement": "100"}""").status()).isEqualTo(201);
        List<JsonNode> overdue = StreamSupport.stream(as("resp-segreteria").get(plan + "/deadlines?status=OVERDUE").body()
                .path("deadlines").spliterator(), false).toList();
        assertThat(overdue).isNotEmpty();

        reminders.remind(LocalDate.now(clock));
        List<JsonNode> told = notificationsOf(adopted.planId);
        int mailsAfterTheFirstRun = mailsFor("resp-segreteria", adopted.enteName).size();
        reminders.remind(LocalDate.now(clock));

        assertThat(told).extracting(notification -> notification.path("elementId").asText())
                .containsExactlyInAnyOrderElementsOf(overdue.stream().map(d -> d.path("elementId").asText()).toList())
                .doesNotContain(adopted.phaseId);
        assertThat(told).allSatisfy(notification -> {
            assertThat(notification.path("kind").asText()).isEqualTo("OVERDUE");
            assertThat(notification.path("readAt").isNull()).isTrue();
        });
        assertThat(notificationsOf(adopted.planId)).as("told once per element and kind").hasSameSizeAs(told);
        List<MimeMessage> mails = mailsFor("resp-segreteria", adopted.enteName);
        assertThat(mails).hasSize(told.size()).hasSize(mailsAfterTheFirstRun);
        MimeMessage first = mails.get(0);
        assertThat(first.getSubject()).startsWith("Scadenza superata: Segreteria › ");
        assertThat(Arrays.toString(first.getRecipients(Message.RecipientType.TO)))
                .contains("resp-segreteria@" + MAIL_DOMAIN);
        assertThat((String) first.getContent()).contains(adopted.enteName).contains("/piani/" + adopted.planId);

        String id = told.get(0).path("id").asText();
        assertThat(as("resp-tecnica").post("/api/notifications/" + id + "/read", "").status()).isEqualTo(404);
        assertThat(as("resp-segreteria").post("/api/notifications/" + id + "/read", "").status()).isEqualTo(204);
        assertThat(notificationsOf(adopted.planId).stream().filter(n -> n.path("id").asText().equals(id)).findFirst()
                .orElseThrow().path("readAt").isNull()).isFalse();
        assertThat(as("resp-segreteria").post("/api/notifications/not-an-id/read", "").status()).isEqualTo(404);
    }

    @Test
    void runsTheDailyRemindersOnceADay() {
        boolean first = reminders.runToday();
        boolean second = reminders.runToday();

        assertThat(first).as("nobody ran today's reminders before: they do not run at start-up in these tests").isTrue();
        assertThat(second).as("the day was recorded by the first run").isFalse();
    }

    private List<JsonNode> notificationsOf(String planId) {
        return StreamSupport.stream(as("resp-segreteria").get("/api/notifications").body().spliterator(), false)
                .filter(notification -> notification.path("planId").asText().equals(planId)).toList();
    }

    private static List<MimeMessage> mailsFor(String userId, String enteName) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (Arrays.toString(message.getRecipients(Message.RecipientType.TO)).contains(userId + "@")
                    && ((String) message.getContent()).contains(enteName)) {
                mails.add(message);
            }
        }
        return mails;
    }
}
