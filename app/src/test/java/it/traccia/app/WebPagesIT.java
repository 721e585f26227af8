package it.traccia.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (headless Chromium): sign in, the home page, the imported Monte Cremasco draft as the
 * comune prints it; every page in Italian, checked with axe-core (no serious or critical violation of WCAG 2.1 AA)
 * and saved as a screenshot under {@code app/target/screenshots/}.
 */
class WebPagesIT extends EmbeddedStoresIT {

    private static Browser browser;

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
    void showsTheImportedDraftAsTheComunePrintsItAfterSigningIn() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Browser browser = at(port);
        signOutIfSignedIn(browser);

        PlanPage.open(browser, draft.planId);
        assertThat(browser.path()).isEqualTo("/accesso");
        checked("accesso");
        new SignInPage(browser).signInAs("segretario");

        assertThat(browser.path()).isEqualTo("/piani/" + draft.planId);
        PlanPage plan = new PlanPage(browser);
        assertThat(plan.heading()).contains(draft.enteName).contains("Piano degli obiettivi e della performance");
        assertThat(plan.status()).isEqualTo("Bozza");
        assertThat(plan.structureNames()).first().asString().isEqualTo("Struttura: Segreteria");
        assertThat(plan.objectiveWeights(0)).containsExactly("10%", "10%", "10%", "10%", "10%", "30%", "20%");
        assertThat(plan.phaseNumbers(0)).startsWith("1.1", "1.2", "2.1");
        assertThat(plan.deadlineOf(0, "1.1")).as("31.06.2026 is no date: the import left it empty").isEmpty();
        assertThat(plan.deadlineOf(0, "6.1")).isEqualTo("31.12.2026");
        assertThat(browser.find(By.id("obiettivi-comuni")).getText()).contains("Obiettivi comuni a tutte le aree");
        checked("piano");

        browser.go("/");
        List<String> plans = browser.findAll(By.cssSelector("#piani tbody th a")).stream().map(WebElement::getText).toList();
        assertThat(plans).contains(draft.enteName);
        checked("home");
    }

    @Test
    void flagsEveryWeightSetThatIsNot100WhereItIs() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Api.Response changed = Api.as(port, "segretario").put("/api/plans/" + draft.planId + "/objectives/"
                + draft.objectiveId + "/weight", MonteCremasco.weightChange("15", "Più peso alla trasparenza"));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(204);
        Browser browser = signedInAs("segretario");

        PlanPage plan = PlanPage.open(browser, draft.planId);

        assertThat(plan.flaggedSums()).singleElement().asString()
                .contains("Somma dei pesi degli obiettivi").contains("105%").contains("non è 100");
        assertThat(browser.find(By.cssSelector("main .alert-warning")).getText()).contains("non somma a 100");
    }

    @Test
    void letsTheGiuntaApproveWithADeliberaAndShowsEachRefusalBesideItsField() {
        PlanScenario submitted = PlanScenario.aSubmittedPlan(port);
        Browser browser = signedInAs("giunta");
        List<String> tasks = browser.findAll(By.cssSelector("#attivita tbody a[href^='/attivita/']")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(tasks).anyMatch(link -> link.endsWith("/attivita/" + submitted.taskId));
        browser.go("/attivita");
        checked("attivita");

        TaskPage task = TaskPage.open(browser, submitted.taskId);
        task.approve("", "");

        assertThat(task.errorBeside("resolutionNumber")).isNotBlank();
        assertThat(task.errorBeside("resolutionDate")).isNotBlank();
        assertThat(task.errorBeside("remarks")).isEmpty();
        checked("attivita-decisione");

        task.approve("12", "2026-01-20");

        assertThat(browser.path()).isEqualTo("/piani/" + submitted.planId);
        PlanPage plan = new PlanPage(browser);
        assertThat(plan.status()).isEqualTo("Adottato");
        assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("approvato");
        assertThat(browser.find(By.cssSelector("main .plan-header")).getText())
                .contains("Delibera di Giunta n. 12 del 20.01.2026");
    }

    @Test
    void changesAWeightInPlaceWithItsReasonFlaggingTheSumWhileTyping() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Browser browser = signedInAs("segretario");
        PlanPage plan = PlanPage.open(browser, draft.planId);

        WeightForm weight = plan.changeWeightOf(0, "1").type("15").awaitSum("105%");
        assertThat(weight.sumShown()).contains("non è 100");
        weight.submit();
        weight.awaitErrorBeside("reason");
        assertThat(weight.errorBeside("reason")).isNotBlank();
        checked("piano-modifica-peso");
        weight.reason("Più peso alla trasparenza").submit();

        browser.waitUntil(driver -> plan.objectiveWeights(0).get(0).startsWith("15%") ? true : null);
        assertThat(plan.flaggedSums()).singleElement().asString().contains("105%");
        Api.Response history = Api.as(port, "ndv").get("/api/plans/" + draft.planId + "/objectives/"
                + draft.objectiveId + "/weight-history");
        assertThat(history.body().path("entries").get(1).path("reason").asText()).isEqualTo("Più peso alla trasparenza");
        assertThat(history.body().path("entries").get(1).path("user").asText()).isEqualTo("segretario");
    }

    @Test
    void showsAChangeMadeMeanwhileWithWhoMadeItAndAppliesTheUsersAgain() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Browser browser = signedInAs("segretario");
        WeightForm weight = PlanPage.open(browser, draft.planId).changeWeightOf(0, "1");
        Api.Response meanwhile = Api.as(port, "segretario").put("/api/plans/" + draft.planId + "/objectives/"
                + draft.objectiveId + "/weight", MonteCremasco.weightChange("12", "Riequilibrio deciso in riunione"));
        assertThat(meanwhile.status()).isEqualTo(204);

        weight.type("20").reason("Priorità dell'anno").submit();
        weight.awaitWarning();

        assertThat(weight.warning()).contains("segretario (Segretario)").contains("12%")
                .contains("Riequilibrio deciso in riunione");
        assertThat(weight.submitLabel()).isEqualTo("Applica di nuovo la mia modifica");
        weight.submit();
        PlanPage plan = new PlanPage(browser);
        browser.waitUntil(driver -> plan.objectiveWeights(0).get(0).startsWith("20%") ? true : null);
    }

    @Test
    void revisesADeadlineAddsAPhaseAndRemovesItWithAReasonEachRefusalBesideItsField() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Browser browser = signedInAs("segretario");
        PlanPage plan = PlanPage.open(browser, draft.planId);

        EditPage phase = plan.follow(0, "1.1", "Modifica");
        assertThat(phase.value("deadline")).as("the import left the impossible 31.06.2026 empty").isEmpty();
        phase.fill("description", "");
        phase.submit();
        assertThat(phase.errorBeside("description")).isNotBlank();
        checked("modifica-fase-rifiutata");
        phase.fill("description", "Ricognizione dei procedimenti").fill("deadline", "2026-06-30");
        phase.submit();
        assertThat(browser.path()).isEqualTo("/piani/" + draft.planId);
        assertThat(plan.deadlineOf(0, "1.1")).isEqualTo("30.06.2026");

        EditPage newPhase = plan.follow(0, "1", "Aggiungi una fase");
        checked("nuova-fase");
        newPhase.fill("number", "1.9").fill("description", "Verifica finale").fill("weight", "dieci");
        newPhase.submit();
        assertThat(newPhase.errorBeside("weight")).isNotBlank();
        newPhase.fill("weight", "0").fill("deadline", "2026-11-30");
        newPhase.submit();
        assertThat(plan.numbers(0)).contains("1.9");

        EditPage removal = plan.follow(0, "1.9", "Rimuovi");
        removal.submit();
        assertThat(removal.errorBeside("reason")).isNotBlank();
        checked("rimozione-fase");
        removal.fill("reason", "Doppione della fase 1.2");
        removal.submit();
        assertThat(plan.numbers(0)).doesNotContain("1.9");
        Api.Response trail = Api.as(port, "ndv").get("/api/plans/" + draft.planId + "/history");
        assertThat(trail.body().toString()).contains("Doppione della fase 1.2");
    }

    @Test
    void showsWhoRevisedAnObjectiveMeanwhileAndAppliesTheUsersTextAgain() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Browser browser = signedInAs("segretario");
        EditPage objective = PlanPage.open(browser, draft.planId).follow(0, "1", "Modifica");
        Api.Response meanwhile = Api.as(port, "segretario").put("/api/plans/" + draft.planId + "/objectives/"
                + draft.objectiveId, MonteCremasco.objectiveRevision("Trasparenza rivista in riunione"));
        assertThat(meanwhile.status()).as(meanwhile.body().toString()).isEqualTo(204);

        objective.fill("description", "Trasparenza e anticorruzione: la mia versione");
        objective.submit();

        assertThat(objective.changedMeanwhile()).contains("segretario (Segretario)").contains("Sviluppo")
                .contains("Trasparenza rivista in riunione");
        assertThat(objective.value("description")).isEqualTo("Trasparenza e anticorruzione: la mia versione");
        assertThat(objective.submitLabel()).isEqualTo("Applica di nuovo la mia modifica");
        checked("modifica-obiettivo-nel-frattempo");
        objective.submit();
        assertThat(browser.path()).isEqualTo("/piani/" + draft.planId);
        assertThat(browser.find(By.id("obiettivo-" + draft.objectiveId)).getText())
                .contains("Trasparenza e anticorruzione: la mia versione");
    }

    @Test
    void letsTheSegretarioAddAStructureWithItsHeadAndObjectiveThenRemoveIt() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Browser browser = signedInAs("segretario");
        PlanPage.open(browser, draft.planId);
        browser.clickAndLeave(browser.find(By.linkText("Aggiungi una struttura")));
        EditPage structure = new EditPage(browser);
        checked("nuova-struttura");
        structure.fill("name", "Polizia Locale").fill("head", "Mario Bianchi").fill("headTitle", "Comandante");
        structure.submit();

        List<String> names = new PlanPage(browser).structureNames();
        assertThat(names).contains("Struttura: Polizia Locale");
        int last = names.size() - 1;
        browser.clickAndLeave(browser.find(By.cssSelector("a[aria-label='Aggiungi un obiettivo a Polizia Locale']")));
        EditPage objective = new EditPage(browser);
        objective.fill("number", "1").choose("kind", "Sviluppo").fill("description", "Controllo del territorio")
                .fill("weight", "100").fill("indicators", "Pattuglie serali").fill("targets", "≥ 200")
                .fill("deadline", "2026-12-31");
        objective.submit();
        assertThat(new PlanPage(browser).numbers(last)).containsExactly("1");

        browser.clickAndLeave(browser.find(By.cssSelector("a[aria-label='Cambia il responsabile di Polizia Locale']")));
        EditPage head = new EditPage(browser);
        head.fill("userId", "resp-segreteria").fill("name", "Anna Verdi").fill("title", "Commissario");
        head.submit();
        assertThat(head.errorBeside("reason")).isNotBlank();
        checked("responsabile");
        head.fill("reason", "Nuova comandante dal 1° marzo");
        head.submit();
        assertThat(browser.find(By.cssSelector("main")).getText()).contains("Commissario Anna Verdi");

        browser.clickAndLeave(browser.find(By.cssSelector("a[aria-label='Rimuovi la struttura Polizia Locale']")));
        EditPage removal = new EditPage(browser);
        removal.submit();
        assertThat(removal.errorBeside("reason")).isNotBlank();
        removal.fill("reason", "Servizio trasferito all'Unione dei comuni");
        removal.submit();
        assertThat(new PlanPage(browser).structureNames()).doesNotContain("Struttura: Polizia Locale");
        Api.Response trail = Api.as(port, "ndv").get("/api/plans/" + draft.planId + "/history");
        assertThat(trail.body().toString()).contains("Servizio trasferito all'Unione dei comuni");
    }

    @Test
    void offersAResponsabileTheWeightsOfTheStructuresTheyHeadOnly() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Enti.headedByRespSegreteria(port, draft.planId, draft.segreteriaId);
        Browser browser = signedInAs("resp-segreteria");

        PlanPage plan = PlanPage.open(browser, draft.planId);
        int common = plan.commonTable();

        assertThat(plan.offersWeightChanges(0)).isTrue();
        assertThat(plan.offersWeightChanges(common)).isFalse();
        assertThat(plan.offersEdits(0)).isTrue();
        assertThat(plan.offersEdits(common)).isFalse();
        assertThat(browser.findAll(By.linkText("Aggiungi una struttura"))).isEmpty();

        String commonObjective = Api.as(port, "segretario").get("/api/plans/" + draft.planId).body()
                .path("commonObjectives").get(0).path("id").asText();
        browser.go("/piani/" + draft.planId + "/obiettivi/" + commonObjective + "/modifica");
        EditPage notTheirs = new EditPage(browser);
        notTheirs.fill("description", "Tentativo");
        notTheirs.submit();
        assertThat(browser.find(By.id("rifiuto")).getText()).startsWith("La richiesta non è stata accolta:")
                .contains("non può modificare gli obiettivi comuni");
    }

    @Test
    void tellsTheNdvTheHistoryInSentencesWithTheWeightOverTimeAndFilters() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Api.Response changed = Api.as(port, "segretario").put("/api/plans/" + draft.planId + "/objectives/"
                + draft.objectiveId + "/weight", MonteCremasco.weightChange("25", "Priorità della trasparenza"));
        assertThat(changed.status()).isEqualTo(204);
        Browser browser = signedInAs("ndv");

        HistoryPage history = HistoryPage.open(browser, draft.planId, "");
        assertThat(history.sentences()).anyMatch(sentence -> sentence.matches(
                "\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} — segretario \\(Segretario\\) ha cambiato il peso di "
                        + "Segreteria › obiettivo 1 da 10 a 25: «Priorità della trasparenza»"));
        assertThat(history.showsWeightChart()).isFalse();
        checked("storico");

        HistoryPage ofObjective = HistoryPage.open(browser, draft.planId, "objectiveId=" + draft.objectiveId);
        assertThat(ofObjective.showsWeightChart()).isTrue();
        assertThat(ofObjective.sentences()).allMatch(sentence -> sentence.contains("obiettivo 1")
                || sentence.contains("fase 1."));
        checked("storico-obiettivo");

        HistoryPage byNobody = HistoryPage.open(browser, draft.planId, "user=giunta");
        assertThat(byNobody.sentences()).isEmpty();

        HistoryPage badDate = HistoryPage.open(browser, draft.planId, "from=2026-02-30");
        assertThat(badDate.errorBeside("from")).isNotBlank();

        HistoryPage.open(browser, draft.planId, "page=prima");
        assertThat(browser.title()).startsWith("Errore 400");
    }

    @Test
    void listsEveryRuleTheDraftStillBreaksOnSubmissionAsALinkThenSubmits() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Browser browser = signedInAs("segretario");
        PlanPage plan = PlanPage.open(browser, draft.planId);

        plan.submitToTheGiunta();

        List<WebElement> violations = browser.findAll(By.cssSelector("#violazioni li"));
        assertThat(violations).hasSize(4);
        String phaseSixOne = Api.as(port, "segretario").get("/api/plans/" + draft.planId).body().path("structures")
                .get(0).path("objectives").get(5).path("phases").get(0).path("id").asText();
        assertThat(violations.get(0).findElement(By.tagName("a")).getAttribute("href")).endsWith("#fase-" + phaseSixOne);
        checked("piano-trasmissione-rifiutata");

        draft.fixTheDefectsOfTheDraft();
        PlanPage.open(browser, draft.planId).submitToTheGiunta();

        assertThat(plan.status()).isEqualTo("Trasmesso alla Giunta");
        assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("trasmesso alla Giunta");
    }

    @Test
    void answersAPlanOfAnotherComuneAsNotFoundInItalian() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        Browser browser = signedInAs("segretario-2");

        PlanPage.open(browser, draft.planId);

        assertThat(browser.title()).startsWith("Errore 404");
        assertThat(browser.find(By.cssSelector("main .alert-danger")).getText())
                .isEqualTo("Il piano '" + draft.planId + "' non esiste");
        checked("errore-404");
    }

    @Test
    void opensANewDraftFromItsPageForAnEnteOfTheSegretario() {
        String ente = Enti.aComune(port);
        Browser browser = signedInAs("segretario");
        browser.clickAndLeave(browser.find(By.linkText("Nuovo piano")));
        EditPage form = new EditPage(browser);
        form.submit();
        assertThat(form.errorBeside("organisation")).isNotBlank();
        checked("nuovo-piano");

        form.fill("organisation", ente).fill("firstYear", "2027").fill("lastYear", "2029").fill("year", "2027");
        form.submit();

        assertThat(browser.path()).startsWith("/piani/");
        PlanPage plan = new PlanPage(browser);
        assertThat(plan.heading()).contains(ente);
        assertThat(plan.status()).isEqualTo("Bozza");
        assertThat(browser.find(By.cssSelector("main .plan-header")).getText()).contains("Triennio 2027/2029");
    }

    @Test
    void answersAnAddressWithNoPageWithAnItalianPageButTheApiWithAProblem() {
        Browser browser = signedInAs("segretario");

        browser.go("/pagina-che-non-esiste");

        assertThat(browser.title()).startsWith("Errore 404");
        assertThat(browser.find(By.cssSelector("main .alert-danger")).getText())
                .isEqualTo("Non c'è nessuna pagina all'indirizzo /pagina-che-non-esiste");
        checked("errore-pagina-inesistente");
        Api.Response api = Api.as(port, "segretario").get("/api/non-esiste");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).anySatisfy(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void rejectsAWrongPasswordOnTheSignInPage() {
        Browser browser = at(port);
        signOutIfSignedIn(browser);
        browser.go("/");
        SignInPage signIn = new SignInPage(browser);

        signIn.signIn("ndv", "sbagliata");

        assertThat(browser.path()).isEqualTo("/accesso?errore");
        assertThat(signIn.alert()).isEqualTo("Nome utente o password non corretti.");
    }

    @Test
    void rejectsAFormSentWithoutItsCsrfToken() {
        Api.Response forged = Api.anonymous(port).postBytes("/accesso", "application/x-www-form-urlencoded",
                "username=segretario&password=demo".getBytes(StandardCharsets.UTF_8));

        assertThat(forged.status()).isEqualTo(403);
    }

    private Browser signedInAs(String user) {
        return PageChecks.signedInAs(at(port), user);
    }

    /** The shared browser, pointed at this test's application. */
    private static Browser at(int port) {
        browser.useServerAt(port);
        return browser;
    }

    private static void signOutIfSignedIn(Browser browser) {
        PageChecks.signOutIfSignedIn(browser);
    }

    private static void checked(String name) {
        PageChecks.checked(browser, name);
    }
}
