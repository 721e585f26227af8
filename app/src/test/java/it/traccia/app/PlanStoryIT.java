package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole story of the real Monte Cremasco draft, told in a real browser by the people who live it: the Segretario
 * imports it, sees its three findings beside their rows, fixes and resolves them and sends it to the Giunta; the Giunta
 * returns it, then approves it; the Segretario opens a variation and changes a weight; the differences between the
 * versions; the Responsabile of Segreteria edits only Segreteria; the NdV reads the history. Each page is checked with
 * axe-core and saved as a screenshot. Then the edit, import and decision flows with the keyboard alone.
 */
class PlanStoryIT extends EmbeddedStoresIT {

    private static Browser browser;

    @TempDir
    Path folder;

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
    void importsFixesSubmitsReturnsApprovesAndVariesTheRealDraft() throws IOException {
        String enteName = "Comune di Monte Cremasco " + PlanScenario.letters();
        Enti.register(port, enteName);
        Path document = Files.write(folder.resolve("monte-cremasco-2026-bozza.txt"), PlanScenario.realDraftOf(enteName));

        signInAs("segretario");
        browser.clickAndLeave(browser.find(By.linkText("Importa un piano da un documento")));
        checked("importa");
        browser.find(By.id("campo-file")).sendKeys(document.toString());
        browser.clickAndLeave(browser.find(By.cssSelector("form.upload-form button[type=submit]")));

        List<WebElement> findings = browser.findAll(By.cssSelector("#anteprima tr.finding-row li.finding"));
        assertThat(findings).hasSize(3);
        assertThat(findingBeside("1.1")).contains("31.06.2026");
        assertThat(findingBeside("6.1")).isNotBlank();
        checked("importa-anteprima");
        browser.clickAndLeave(browser.find(By.cssSelector("#conferma button[type=submit]")));

        assertThat(browser.path()).endsWith("/rilievi");
        String planId = browser.path().split("/")[2];
        assertThat(browser.findAll(By.cssSelector("li.finding.open"))).hasSize(3);
        checked("rilievi");

        PlanPage plan = PlanPage.open(browser, planId);
        int common = plan.commonTable();
        plan.follow(0, "1.1", "Modifica").fill("deadline", "2026-04-30").submit();
        plan.follow(0, "6.1", "Modifica").fill("deadline", "2026-01-15").submit();
        plan.follow(common, "1.1", "Modifica").fill("deadline", "2026-04-30").submit();
        assertThat(plan.deadlineOf(0, "6.1")).isEqualTo("15.01.2026");

        plan.submitToTheGiunta();
        List<WebElement> violations = browser.findAll(By.cssSelector("#violazioni li a"));
        assertThat(violations).extracting(link -> link.getAttribute("href"))
                .allMatch(href -> href.contains("/piani/" + planId + "/rilievi#rilievo-"));
        browser.clickAndLeave(violations.get(0));
        for (int number = 1; number <= 3; number++) {
            browser.find(By.id("nota-" + number)).sendKeys("Scadenza corretta con il Responsabile");
            browser.clickAndLeave(browser.find(By.cssSelector("#rilievo-" + number + " form button")));
        }
        assertThat(browser.findAll(By.cssSelector("li.finding.resolved"))).hasSize(3);
        PlanPage.open(browser, planId).submitToTheGiunta();
        assertThat(plan.status()).isEqualTo("Trasmesso alla Giunta");

        signInAs("giunta");
        TaskPage task = TaskPage.open(browser, taskOf(planId));
        task.returnWithRemarks("Rivedere il peso della trasparenza");
        assertThat(browser.path()).isEqualTo("/piani/" + planId);
        assertThat(plan.status()).isEqualTo("Bozza");

        signInAs("segretario");
        PlanPage.open(browser, planId);
        plan.changeWeightOf(0, "1").type("15").reason("Osservazione della Giunta sulla trasparenza").submit();
        browser.waitUntil(driver -> plan.objectiveWeights(0).get(0).startsWith("15%") ? true : null);
        plan.changeWeightOf(0, "2").type("5").reason("Compensa l'aumento dell'obiettivo 1").submit();
        browser.waitUntil(driver -> plan.objectiveWeights(0).get(1).startsWith("5%") ? true : null);
        PlanPage.open(browser, planId).submitToTheGiunta();
        assertThat(plan.status()).isEqualTo("Trasmesso alla Giunta");

        signInAs("giunta");
        TaskPage.open(browser, taskOf(planId)).approve("12", "2026-01-20");
        assertThat(plan.status()).isEqualTo("Adottato");

        signInAs("segretario");
        PlanPage.open(browser, planId);
        browser.clickAndLeave(browser.find(By.linkText("Apri una variazione")));
        EditPage variation = new EditPage(browser);
        variation.submit();
        assertThat(variation.errorBeside("reason")).isNotBlank();
        checked("variazione");
        variation.fill("reason", "Nuovo servizio di polizia locale dal 1° luglio");
        variation.submit();
        assertThat(plan.status()).isEqualTo("Bozza");
        plan.changeWeightOf(0, "1").type("20").reason("Variazione: più trasparenza").submit();
        browser.waitUntil(driver -> plan.objectiveWeights(0).get(0).startsWith("20%") ? true : null);
        plan.changeWeightOf(0, "2").type("0").reason("Variazione: obiettivo assorbito dall'1").submit();
        browser.waitUntil(driver -> plan.objectiveWeights(0).get(1).startsWith("0%") ? true : null);

        browser.clickAndLeave(browser.find(By.linkText("Versioni adottate e differenze")));
        assertThat(browser.find(By.id("versioni")).getText()).contains("Versione 1")
                .contains("Delibera di Giunta n. 12 del 20.01.2026");
        checked("versioni");
        browser.clickAndLeave(browser.find(By.cssSelector("#confronta button[type=submit]")));
        List<String> changed = browser.findAll(By.cssSelector("#modificati tr.changed-row")).stream()
                .map(WebElement::getText).toList();
        assertThat(changed.get(0)).contains("Segreteria › obiettivo 1").contains("peso").contains("15").contains("20");
        assertThat(changed.get(1)).contains("Segreteria › obiettivo 2").contains("peso").contains("5").contains("0");
        checked("differenze");
        JsonNode difference = Api.as(port, "ndv").get("/api/plans/" + planId + "/versions/1/diff/2").body();
        assertThat(difference.path("changed").get(0).path("changes").get(0).path("field").asText()).isEqualTo("weight");
        assertThat(difference.path("changed").get(0).path("changes").get(0).path("before").asText()).isEqualTo("15");
        browser.go("/piani/" + planId + "/versioni/1");
        assertThat(browser.find(By.cssSelector("main .alert-info")).getText()).contains("delibera di Giunta n. 12");
        assertThat(new PlanPage(browser).objectiveWeights(0).get(0)).startsWith("15%");
        checked("versione");

        PlanPage.open(browser, planId);
        browser.clickAndLeave(browser.find(By.cssSelector("a[aria-label='Cambia il responsabile di Segreteria']")));
        new EditPage(browser).fill("userId", "resp-segreteria").fill("name", "Marco Gregoli")
                .fill("title", "Segretario Generale").fill("reason", "Responsabile della Segreteria in Traccia").submit();

        signInAs("resp-segreteria");
        PlanPage.open(browser, planId);
        assertThat(plan.offersEdits(0)).isTrue();
        assertThat(plan.offersEdits(common)).isFalse();
        plan.follow(0, "3", "Modifica").fill("targets", "Tutti i procedimenti mappati").submit();
        assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("registrata");
        checked("piano-responsabile");

        signInAs("ndv");
        String objectiveOne = Api.as(port, "ndv").get("/api/plans/" + planId).body().path("structures").get(0)
                .path("objectives").get(0).path("id").asText();
        HistoryPage history = HistoryPage.open(browser, planId, "objectiveId=" + objectiveOne);
        assertThat(history.sentences()).anyMatch(sentence -> sentence.contains(
                "ha cambiato il peso di Segreteria › obiettivo 1 da 15 a 20: «Variazione: più trasparenza»"));
        assertThat(browser.findAll(By.linkText("Apri una variazione"))).isEmpty();
        checked("storico-ndv");
    }

    @Test
    void importsEditsAndDecidesWithTheKeyboardAlone() throws IOException {
        String enteName = "Comune di Monte Cremasco " + PlanScenario.letters();
        Enti.register(port, enteName);
        Path document = Files.write(folder.resolve("bozza.txt"), PlanScenario.realDraftOf(enteName));
        signInAs("segretario");

        browser.tabTo(By.linkText("Importa un piano da un documento"));
        browser.type(Keys.ENTER);
        browser.waitUntil(driver -> browser.path().equals("/importa") ? true : null);
        browser.tabTo(By.id("campo-file")).sendKeys(document.toString());
        browser.tabTo(By.cssSelector("form.upload-form button[type=submit]"));
        browser.type(Keys.ENTER);
        browser.waitUntil(driver -> browser.findAll(By.id("conferma")).isEmpty() ? null : true);
        browser.tabTo(By.cssSelector("#conferma button[type=submit]"));
        browser.type(Keys.ENTER);
        browser.waitUntil(driver -> browser.path().endsWith("/rilievi") ? true : null);
        String planId = browser.path().split("/")[2];

        browser.tabTo(By.id("nota-1"));
        browser.type("Verificata con il Responsabile");
        browser.tabTo(By.cssSelector("#rilievo-1 form button"));
        browser.type(Keys.ENTER);
        browser.waitUntil(driver -> browser.findAll(By.cssSelector("#rilievo-1.resolved")).isEmpty() ? null : true);

        browser.go("/piani/" + planId);
        String phaseOneOne = Api.as(port, "segretario").get("/api/plans/" + planId).body().path("structures").get(0)
                .path("objectives").get(0).path("phases").get(0).path("id").asText();
        browser.tabTo(By.cssSelector("#fase-" + phaseOneOne + " ul.edit-links a"));
        browser.type(Keys.ENTER);
        browser.waitUntil(driver -> browser.path().endsWith("/modifica") ? true : null);
        browser.tabTo(By.id("campo-target"));
        browser.type(Keys.chord(Keys.CONTROL, "a"), "Registro degli accessi pubblicato");
        browser.tabTo(By.cssSelector("form.edit-form button[type=submit]"));
        browser.type(Keys.ENTER);
        browser.waitUntil(driver -> browser.path().equals("/piani/" + planId) ? true : null);
        assertThat(browser.find(By.id("fase-" + phaseOneOne)).getText()).contains("Registro degli accessi pubblicato");

        PlanScenario submitted = PlanScenario.aSubmittedPlan(port);
        signInAs("giunta");
        browser.go("/attivita/" + submitted.taskId);
        browser.tabTo(By.id("decisione-approva"));
        browser.type(Keys.ARROW_DOWN);
        assertThat(browser.find(By.id("decisione-restituisci")).isSelected()).isTrue();
        browser.tabTo(By.id("remarks"));
        browser.type("Mancano gli indicatori di risultato");
        browser.tabTo(By.cssSelector("main form button[type=submit]"));
        browser.type(Keys.ENTER);
        browser.waitUntil(driver -> browser.path().equals("/piani/" + submitted.planId) ? true : null);
        assertThat(new PlanPage(browser).status()).isEqualTo("Bozza");
    }

    /** The findings the preview shows in the row under the row numbered so. */
    private static String findingBeside(String number) {
        return browser.findAll(By.cssSelector("#anteprima tr.finding-row")).stream()
                .filter(row -> row.findElement(By.xpath("preceding-sibling::tr[1]/th")).getText().equals(number))
                .map(WebElement::getText).findFirst().orElse("");
    }

    private String taskOf(String planId) {
        JsonNode tasks = Api.as(port, "giunta").get("/api/tasks").body();
        for (JsonNode task : tasks) {
            if (task.path("planId").asText().equals(planId)) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError("No open task for plan " + planId + ": " + tasks);
    }

    private void signInAs(String user) {
        browser.useServerAt(port);
        PageChecks.signedInAs(browser, user);
    }

    private static void checked(String name) {
        PageChecks.checked(browser, name);
    }
}
