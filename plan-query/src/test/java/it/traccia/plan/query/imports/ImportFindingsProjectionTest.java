package it.traccia.plan.query.imports;

import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.event.ImportFindingResolved;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.query.FindImportFindingsQuery;
import it.traccia.kernel.plan.query.FindingResolutionView;
import it.traccia.kernel.plan.query.ImportFindingView;
import it.traccia.kernel.plan.query.ImportFindingsView;
import it.traccia.plan.query.InMemoryMongo;
import it.traccia.plan.query.MonteCremasco;
import it.traccia.plan.query.PlanHistory;
import it.traccia.plan.query.Queries;
import it.traccia.plan.query.ReadModelInconsistency;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static it.traccia.plan.query.MonteCremasco.IMPORTED_FILE;
import static it.traccia.plan.query.MonteCremasco.IMPORTED_SHA256;
import static it.traccia.plan.query.MonteCremasco.ORGANISATION;
import static it.traccia.plan.query.MonteCremasco.PLAN;
import static it.traccia.plan.query.MonteCremasco.RESOLUTION_NOTE;
import static it.traccia.plan.query.MonteCremasco.SEGRETARIO;
import static it.traccia.plan.query.MonteCremasco.aBalancedPlan;
import static it.traccia.plan.query.MonteCremasco.anImportedPlan;
import static it.traccia.plan.query.MonteCremasco.importFindings;
import static it.traccia.plan.query.MonteCremasco.invalidDateResolved;
import static it.traccia.plan.query.MonteCremasco.objective6WeightChangedTo25;
import static it.traccia.plan.query.MonteCremasco.planDefined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFindingsProjectionTest {

    private InMemoryMongo mongo;
    private ImportFindingsProjection projection;

    @BeforeEach
    void startMongo() {
        mongo = new InMemoryMongo();
        projection = new ImportFindingsProjection(mongo.template(), MonteCremasco.readers());
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void answersWithTheFindingsTheFileAndWhoImportedItWhen() {
        new PlanHistory(ORGANISATION).then(anImportedPlan()).deliverTo(projection);

        ImportFindingsView findings = findings(PLAN);

        assertThat(findings).isEqualTo(new ImportFindingsView(PLAN.value(), ORGANISATION, IMPORTED_FILE, IMPORTED_SHA256,
                PlanHistory.occurredAt(1), "segretario", Role.SEGRETARIO, List.of(
                        new ImportFindingView(1, FindingSeverity.ERROR, "INVALID_DATE", 21, "Segreteria", "1", "1.1",
                                importFindings().get(0).message(), null),
                        new ImportFindingView(2, FindingSeverity.WARNING, "PHASE_WEIGHTS_NOT_100", 52, null, "1", null,
                                importFindings().get(1).message(), null))));
    }

    @Test
    void marksAFindingResolvedWithTheNoteWhenAndWho() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anImportedPlan()).then(invalidDateResolved());

        history.deliverTo(projection);
        List<ImportFindingView> findings = findings(PLAN).findings();

        assertThat(findings.get(0).number()).isEqualTo(1);
        assertThat(findings.get(0).code()).isEqualTo("INVALID_DATE");
        assertThat(findings.get(0).resolution()).isEqualTo(new FindingResolutionView(RESOLUTION_NOTE,
                PlanHistory.occurredAt(history.lastSequence()), "segretario", Role.SEGRETARIO));
        assertThat(findings.get(1).resolution()).isNull();
    }

    @Test
    void keepsTheLastResolutionOfAFindingResolvedTwice() {
        ImportFindingResolved again = new ImportFindingResolved(PLAN, 1, "INVALID_DATE", "Fase 1.1 con scadenza 01.07.2026",
                SEGRETARIO);
        PlanHistory history = new PlanHistory(ORGANISATION).then(anImportedPlan()).then(invalidDateResolved(), again);

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence() - 1)));

        FindingResolutionView resolution = findings(PLAN).findings().get(0).resolution();
        assertThat(resolution.note()).isEqualTo("Fase 1.1 con scadenza 01.07.2026");
        assertThat(resolution.resolvedAt()).isEqualTo(PlanHistory.occurredAt(history.lastSequence()));
    }

    @Test
    void stopsOnTheResolutionOfAFindingThatDoesNotExistRatherThanSkipIt() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anImportedPlan())
                .then(new ImportFindingResolved(PLAN, 3, "INVALID_DATE", RESOLUTION_NOTE, SEGRETARIO));
        PlanHistory other = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(new ImportFindingResolved(new PlanId("monte-cremasco-2027"), 1, "INVALID_DATE", RESOLUTION_NOTE,
                        SEGRETARIO));

        assertThatThrownBy(() -> history.deliverTo(projection)).hasRootCauseInstanceOf(ReadModelInconsistency.class);
        assertThatThrownBy(() -> other.deliverTo(projection)).hasRootCauseInstanceOf(ReadModelInconsistency.class);

        assertThat(findings(PLAN).findings()).extracting(ImportFindingView::resolution).containsOnlyNulls();
        assertThat(findings(new PlanId("monte-cremasco-2027"))).isNull();
    }

    @Test
    void answersSomeoneWithoutRoleInTheEnteAsIfThePlanHadNoFindings() {
        new PlanHistory(ORGANISATION).then(anImportedPlan()).deliverTo(projection);

        assertThat(Queries.ask(projection, new FindImportFindingsQuery(PLAN, MonteCremasco.OUTSIDER),
                ImportFindingsView.class)).isNull();
    }

    @Test
    void keepsTheResolutionsWhenTheImportIsRedelivered() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anImportedPlan()).then(invalidDateResolved());
        history.deliverTo(projection);
        ImportFindingsView before = findings(PLAN);
        List<Document> storedBefore = mongo.documentsOf(ImportFindingsDocument.COLLECTION);

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(1), history.message(history.lastSequence())));

        assertThat(findings(PLAN)).isEqualTo(before);
        assertThat(before.findings().get(0).resolution()).isNotNull();
        assertThat(mongo.documentsOf(ImportFindingsDocument.COLLECTION)).isEqualTo(storedBefore);
    }

    @Test
    void storesOneDocumentPerPlanWithTheFindingsEmbedded() {
        new PlanHistory(ORGANISATION).then(anImportedPlan()).deliverTo(projection);

        Document stored = mongo.documentsOf(ImportFindingsDocument.COLLECTION).get(0);

        assertThat(mongo.documentsOf(ImportFindingsDocument.COLLECTION)).hasSize(1);
        assertThat(stored.getString("_id")).isEqualTo(PLAN.value());
        assertThat(stored.getString("organisation")).isEqualTo(ORGANISATION);
        assertThat(stored.getString("fileName")).isEqualTo(IMPORTED_FILE);
        assertThat(stored.getString("sha256")).isEqualTo(IMPORTED_SHA256);
        assertThat(stored.get("sizeBytes", Number.class).longValue()).isEqualTo(48_213L);
        assertThat(stored.getString("importedBy")).isEqualTo("segretario");
        assertThat(stored.getString("importedByRole")).isEqualTo("SEGRETARIO");
        List<Document> embedded = stored.getList("findings", Document.class);
        assertThat(embedded).hasSize(2);
        assertThat(embedded).extracting(finding -> finding.getInteger("number")).containsExactly(1, 2);
        assertThat(embedded.get(0).getString("severity")).isEqualTo("ERROR");
        assertThat(embedded.get(0).getString("code")).isEqualTo("INVALID_DATE");
        assertThat(embedded.get(0).getInteger("line")).isEqualTo(21);
        assertThat(embedded.get(0).getString("phaseNumber")).isEqualTo("1.1");
        assertThat(embedded.get(1).getString("severity")).isEqualTo("WARNING");
        assertThat(embedded.get(1).getString("structure")).isNull();
    }

    @Test
    void answersWithNoFindingsForAnImportThatFoundNone() {
        PlanImported clean = new PlanImported(PLAN, new ImportSource("pulito.docx", IMPORTED_SHA256, 1_024), List.of(),
                SEGRETARIO);
        new PlanHistory(ORGANISATION).then(planDefined(), clean).deliverTo(projection);

        ImportFindingsView findings = findings(PLAN);

        assertThat(findings.fileName()).isEqualTo("pulito.docx");
        assertThat(findings.findings()).isEmpty();
    }

    @Test
    void changesNothingWhenTheImportIsRedelivered() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anImportedPlan());
        history.deliverTo(projection);
        ImportFindingsView before = findings(PLAN);
        List<Document> storedBefore = mongo.documentsOf(ImportFindingsDocument.COLLECTION);

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(1), history.message(1)));

        assertThat(findings(PLAN)).isEqualTo(before);
        assertThat(mongo.documentsOf(ImportFindingsDocument.COLLECTION)).isEqualTo(storedBefore);
    }

    @Test
    void rebuildsTheSameFindingsAfterAResetAndAReplay() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anImportedPlan())
                .then(objective6WeightChangedTo25(), invalidDateResolved());
        history.deliverTo(projection);
        ImportFindingsView before = findings(PLAN);
        assertThat(before.findings().get(0).resolution()).isNotNull();

        PlanHistory.reset(projection);
        assertThat(findings(PLAN)).isNull();
        assertThat(mongo.documentsOf(ImportFindingsDocument.COLLECTION)).isEmpty();
        history.deliverTo(projection);

        assertThat(findings(PLAN)).isEqualTo(before);
    }

    @Test
    void answersNothingForAPlanThatWasNotImported() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        assertThat(findings(PLAN)).isNull();
        assertThat(findings(new PlanId("monte-cremasco-2027"))).isNull();
        assertThat(mongo.documentsOf(ImportFindingsDocument.COLLECTION)).isEmpty();
    }

    private ImportFindingsView findings(PlanId planId) {
        return Queries.ask(projection, new FindImportFindingsQuery(planId, MonteCremasco.READER), ImportFindingsView.class);
    }
}
