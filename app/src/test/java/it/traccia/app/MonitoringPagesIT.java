package it.traccia.app;

import it.traccia.app.reminders.Reminders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of monitoring in a real browser: the head of Segreteria finds what is overdue in <em>Le mie scadenze</em>,
 * is told why a completion is refused beside its field, completes a phase with a supporting document and finds it on
 * the progress page; the Segretario records a verifica intermedia; the head reads and marks a reminder; another
 * Responsabile is refused. Every page in
 * Italian, checked with axe-core and saved as a screenshot.
 */
class MonitoringPagesIT extends EmbeddedStoresIT {

    private static Browser browser;

    @Autowired
    Reminders reminders;

    @Autowired
    Clock clock;

    @BeforeAll
    static void openTheBrowser() {
        browser = Browser.open(0);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void letsTheHeadCompleteAnOverduePhaseWithADocumentAndSeeTheProgress() throws Exception {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        Browser browser = signedInAs("resp-segreteria");

        browser.clickAndLeave(browser.find(By.linkText("Le mie scadenze")));
        List<WebElement> rows = browser.findAll(By.cssSelector("#scadenze tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).findElement(By.cssSelector(".deadline-status")).getText()).isEqualTo("Scaduta");
        checked("scadenze");

        browser.go("/piani/" + adopted.planId + "/fasi/" + adopted.phaseId + "/completamento");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Completamento di 1.1");
        checked("completamento");
        browser.setValue(By.id("completedOn"), "2026-06-20");
        browser.find(By.id("achievement")).sendKeys("100.5");
        browser.clickAndLeave(browser.find(By.cssSelector("form.completion-form button[type=submit]")));
        assertThat(browser.find(By.id("errore-achievement")).getText()).contains("da 0 a 100");
        assertThat(browser.find(By.id("achievement")).getAttribute("aria-invalid")).isEqualTo("true");
        checked("completamento-rifiutato");

        Path document = Files.createTempFile("verbale", ".pdf");
        Files.writeString(document, "%PDF-1.7\n% verbale delle pubblicazioni\n%%EOF\n", StandardCharsets.US_ASCII);
        browser.setValue(By.id("completedOn"), "2026-06-20");
        browser.find(By.id("achievement")).clear();
        browser.find(By.id("achievement")).sendKeys("100");
        browser.find(By.id("file")).sendKeys(document.toAbsolutePath().toString());
        browser.clickAndLeave(browser.find(By.cssSelector("form.completion-form button[type=submit]")));

        assertThat(browser.path()).isEqualTo("/piani/" + adopted.planId + "/avanzamento");
        assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("Completamento registrato");
        WebElement phase = browser.find(By.id("elemento-" + adopted.segreteriaId + "-" + adopted.phaseId));
        assertThat(phase.findElement(By.cssSelector(".completed")).getText()).isEqualTo("Completato il 20.06.2026 al 100%");
        assertThat(phase.findElement(By.cssSelector(".achievement-value")).getText()).isEqualTo("100%");
        String documentAddress = phase.findElement(By.cssSelector(".evidence a")).getAttribute("href");
        assertThat(documentAddress).contains("/piani/" + adopted.planId + "/documenti/");
        assertThat(browser.findAll(By.cssSelector(".structure-progress [role=progressbar]"))).isNotEmpty();
        checked("avanzamento");
    }

    @Test
    void letsTheSegretarioRecordAVerificaIntermediaAndTheHeadReadTheReminders() {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        Browser browser = signedInAs("segretario");
        browser.go("/piani/" + adopted.planId);
        browser.clickAndLeave(browser.find(By.linkText("Avanzamento del piano")));

        browser.setValue(By.id("asOf"), LocalDate.now(clock).plusDays(3).toString());
        browser.clickAndLeave(browser.find(By.cssSelector("form.check-form button[type=submit]")));
        assertThat(browser.find(By.id("errore-asOf")).getText()).contains("futura");
        browser.setValue(By.id("asOf"), "2026-07-15");
        browser.find(By.id("notes")).sendKeys("La fase 1.2 è in ritardo");
        browser.clickAndLeave(browser.find(By.cssSelector("form.check-form button[type=submit]")));

        assertThat(browser.path()).matches("/piani/" + adopted.planId + "/verifiche-intermedie/\\d+");
        assertThat(browser.find(By.cssSelector("main .check-header")).getText()).startsWith("Al 15.07.2026");
        checked("verifica-intermedia");

        reminders.remind(LocalDate.now(clock));
        Browser head = signedInAs("resp-segreteria");
        head.clickAndLeave(head.find(By.linkText("Notifiche")));
        List<WebElement> unread = head.findAll(By.cssSelector("#notifiche li.unread"));
        assertThat(unread).isNotEmpty();
        assertThat(unread.get(0).findElement(By.cssSelector(".deadline-status")).getText()).isEqualToIgnoringCase("Scaduta");
        checked("notifiche");
        int before = unread.size();
        head.clickAndLeave(unread.get(0).findElement(By.cssSelector("form button[type=submit]")));
        assertThat(head.find(By.cssSelector("main .alert-success")).getText()).contains("segnata come letta");
        assertThat(head.findAll(By.cssSelector("#notifiche li.unread"))).hasSize(before - 1);

        Browser other = signedInAs("resp-tecnica");
        other.go("/piani/" + adopted.planId + "/fasi/" + adopted.phaseId + "/completamento");
        other.setValue(By.id("completedOn"), "2026-06-20");
        other.find(By.id("achievement")).sendKeys("100");
        other.clickAndLeave(other.find(By.cssSelector("form.completion-form button[type=submit]")));
        assertThat(other.find(By.id("errori")).getText()).as("a Responsabile who does not head Segreteria")
                .contains("non è responsabile della struttura");
    }

    private Browser signedInAs(String user) {
        browser.useServerAt(port);
        return PageChecks.signedInAs(browser, user);
    }

    private static void checked(String name) {
        PageChecks.checked(browser, name);
    }
}
