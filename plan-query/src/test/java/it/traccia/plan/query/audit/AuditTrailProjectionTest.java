package it.traccia.plan.query.audit;

import it.traccia.kernel.plan.event.StructureRemoved;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.plan.query.AuditEntryView;
import it.traccia.kernel.plan.query.AuditTrailView;
import it.traccia.kernel.plan.query.FieldChange;
import it.traccia.kernel.plan.query.FindAuditTrailQuery;
import it.traccia.plan.query.InMemoryMongo;
import it.traccia.plan.query.MonteCremasco;
import it.traccia.plan.query.PlanHistory;
import it.traccia.plan.query.Queries;
import it.traccia.plan.query.ReadModelInconsistency;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static it.traccia.plan.query.MonteCremasco.COMMON_STRATEGIC_LINE;
import static it.traccia.plan.query.MonteCremasco.GIUNTA_REMARKS;
import static it.traccia.plan.query.MonteCremasco.IMPORTED_FILE;
import static it.traccia.plan.query.MonteCremasco.IMPORTED_SHA256;
import static it.traccia.plan.query.MonteCremasco.ORGANISATION;
import static it.traccia.plan.query.MonteCremasco.PLAN;
import static it.traccia.plan.query.MonteCremasco.PROVINCE;
import static it.traccia.plan.query.MonteCremasco.RESOLUTION_NOTE;
import static it.traccia.plan.query.MonteCremasco.REWEIGHING_REASON;
import static it.traccia.plan.query.MonteCremasco.SEGRETERIA;
import static it.traccia.plan.query.MonteCremasco.SEGRETERIA_HEAD;
import static it.traccia.plan.query.MonteCremasco.SEGRETERIA_HEAD_TITLE;
import static it.traccia.plan.query.MonteCremasco.VARIATION_REASON;
import static it.traccia.plan.query.MonteCremasco.aBalancedPlan;
import static it.traccia.plan.query.MonteCremasco.anAdoptedPlan;
import static it.traccia.plan.query.MonteCremasco.anImportedPlan;
import static it.traccia.plan.query.MonteCremasco.approvalDeadlineMissed;
import static it.traccia.plan.query.MonteCremasco.approvalDeadlineNear;
import static it.traccia.plan.query.MonteCremasco.commonContextSet;
import static it.traccia.plan.query.MonteCremasco.commonContextSetWithMission;
import static it.traccia.plan.query.MonteCremasco.commonObjective;
import static it.traccia.plan.query.MonteCremasco.commonPhase;
import static it.traccia.plan.query.MonteCremasco.firstAdoption;
import static it.traccia.plan.query.MonteCremasco.invalidDateResolved;
import static it.traccia.plan.query.MonteCremasco.objective6Revised;
import static it.traccia.plan.query.MonteCremasco.objective6WeightChangedTo25;
import static it.traccia.plan.query.MonteCremasco.objective7Removed;
import static it.traccia.plan.query.MonteCremasco.SEGRETARIO;
import static it.traccia.plan.query.MonteCremasco.phase61WeightChangedTo60;
import static it.traccia.plan.query.MonteCremasco.phase62Removed;
import static it.traccia.plan.query.MonteCremasco.phase62Revised;
import static it.traccia.plan.query.MonteCremasco.planDefinedWithoutProvince;
import static it.traccia.plan.query.MonteCremasco.planReturned;
import static it.traccia.plan.query.MonteCremasco.planSubmitted;
import static it.traccia.plan.query.MonteCremasco.secondAdoption;
import static it.traccia.plan.query.MonteCremasco.segreteriaAdded;
import static it.traccia.plan.query.MonteCremasco.segreteriaAddedWithoutHeadTitle;
import static it.traccia.plan.query.MonteCremasco.segreteriaObjective;
import static it.traccia.plan.query.MonteCremasco.segreteriaPhase;
import static it.traccia.plan.query.MonteCremasco.variationOpened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AuditTrailProjectionTest {

    private InMemoryMongo mongo;
    private AuditTrailProjection projection;

    @BeforeEach
    void startMongo() {
        mongo = new InMemoryMongo();
        projection = new AuditTrailProjection(mongo.template(), MonteCremasco.readers());
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void recordsWhoChangedTheWeightAndWhy() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());

        history.deliverTo(projection);
        AuditEntryView change = last(trail(null));

        assertThat(change.eventId()).isEqualTo(history.message(history.lastSequence()).getIdentifier());
        assertThat(change.sequence()).isEqualTo(history.lastSequence());
        assertThat(change.occurredAt()).isEqualTo(PlanHistory.occurredAt(history.lastSequence()));
        assertThat(change.user()).isEqualTo("segretario");
        assertThat(change.role()).isEqualTo(Role.SEGRETARIO);
        assertThat(change.action()).isEqualTo("ObjectiveWeightChanged");
        assertThat(change.subject()).isEqualTo("Segreteria › obiettivo 6");
        assertThat(change.structureId()).isEqualTo(SEGRETERIA.value());
        assertThat(change.objectiveId()).isEqualTo(segreteriaObjective("6").value());
        assertThat(change.phaseId()).isNull();
        assertThat(change.field()).isEqualTo("weight");
        assertThat(change.before()).isEqualTo("30");
        assertThat(change.after()).isEqualTo("25");
        assertThat(change.changes()).containsExactly(new FieldChange("weight", "30", "25"));
        assertThat(change.reason()).isEqualTo(REWEIGHING_REASON);
    }

    @Test
    void answersOnePageOfTheTrailWithTheNumberOfEntriesInAll() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        history.deliverTo(projection);
        AuditTrailView whole = trail(null);
        int total = whole.entries().size();

        AuditTrailView first = Queries.ask(projection, new FindAuditTrailQuery(PLAN, null, MonteCremasco.READER, 0, 3),
                AuditTrailView.class);
        AuditTrailView last = Queries.ask(projection, new FindAuditTrailQuery(PLAN, null, MonteCremasco.READER,
                (total - 1) / 3, 3), AuditTrailView.class);
        AuditTrailView beyond = Queries.ask(projection, new FindAuditTrailQuery(PLAN, null, MonteCremasco.READER,
                total, 3), AuditTrailView.class);

        assertThat(whole.totalEntries()).isEqualTo(total).isEqualTo(history.messages().size());
        assertThat(first.entries()).isEqualTo(whole.entries().subList(0, 3));
        assertThat(first.totalEntries()).isEqualTo(total);
        assertThat(last.entries()).isEqualTo(whole.entries().subList(3 * ((total - 1) / 3), total));
        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.totalEntries()).isEqualTo(total);
    }

    @Test
    void pagesTheEntriesOfOneObjective() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25(), objective6Revised())
                .deliverTo(projection);
        String objective = segreteriaObjective("6").value();
        AuditTrailView all = trail(objective);

        AuditTrailView page = Queries.ask(projection, new FindAuditTrailQuery(PLAN, objective, MonteCremasco.READER, 1, 2),
                AuditTrailView.class);

        assertThat(page.totalEntries()).isEqualTo(all.entries().size());
        assertThat(page.entries()).isEqualTo(all.entries().subList(2, Math.min(4, all.entries().size())));
    }

    @Test
    void recordsEveryFieldOfADefinitionWithNothingBefore() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        AuditEntryView definition = entryAbout(trail(null), "Segreteria › obiettivo 6", "ObjectiveDefined");

        assertThat(definition.changes()).extracting(FieldChange::field)
                .containsExactly("number", "kind", "description", "weight", "indicators", "targets", "deadline");
        assertThat(definition.changes()).extracting(FieldChange::before).containsOnlyNulls();
        assertThat(definition.changes()).contains(new FieldChange("kind", null, "DEVELOPMENT"),
                new FieldChange("weight", null, "30"), new FieldChange("deadline", null, "2026-01-31"));
        assertThat(definition.field()).isEqualTo("number");
        assertThat(definition.before()).isNull();
        assertThat(definition.after()).isEqualTo("6");
        assertThat(definition.reason()).isNull();
    }

    @Test
    void recordsOnlyTheFieldsARevisionChanged() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6Revised(), phase62Revised()).deliverTo(projection);

        List<AuditEntryView> entries = trail(null).entries();
        AuditEntryView objectiveRevision = entries.get(entries.size() - 2);
        AuditEntryView phaseRevision = last(trail(null));

        assertThat(objectiveRevision.action()).isEqualTo("ObjectiveRevised");
        assertThat(objectiveRevision.changes()).containsExactly(
                new FieldChange("description", "Redazione del Piano Integrato Attività e Organizzazione, con i relativi allegati.",
                        "Redazione del PIAO 2026–2028, con i relativi allegati."),
                new FieldChange("deadline", "2026-01-31", "2026-01-30"));
        assertThat(objectiveRevision.reason()).isEqualTo("Termine anticipato per la seduta di Giunta");
        assertThat(phaseRevision.subject()).isEqualTo("Segreteria › obiettivo 6 › fase 6.2");
        assertThat(phaseRevision.changes()).containsExactly(
                new FieldChange("target", "Completamento della fase 6.2", "Trasmissione alla Giunta entro il 20 gennaio"));
        assertThat(phaseRevision.field()).isEqualTo("target");
    }

    @Test
    void namesEveryPartOfThePlanInItalian() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        List<AuditEntryView> entries = trail(null).entries();

        assertThat(entries.get(0).subject()).isEqualTo("Piano 2026 (triennio 2026–2028)");
        assertThat(entries.get(0).changes()).contains(new FieldChange("organisation", null, ORGANISATION));
        assertThat(entries.get(1).subject()).isEqualTo("Segreteria");
        assertThat(entries.get(1).changes()).contains(new FieldChange("head", null, SEGRETERIA_HEAD));
        assertThat(entries.get(2).action()).isEqualTo("StrategicContextSet");
        assertThat(entries.get(2).subject()).isEqualTo("Segreteria");
        assertThat(entries.get(2).changes()).contains(new FieldChange("missionCode", null, "01"));
        assertThat(entries).extracting(AuditEntryView::subject).contains(
                "Segreteria › obiettivo 6 › fase 6.1",
                "Obiettivi comuni › obiettivo 1",
                "Obiettivi comuni › obiettivo 1 › fase 1.1");
        AuditEntryView commonPhase = entryAbout(trail(null), "Obiettivi comuni › obiettivo 1 › fase 1.1", "PhaseDefined");
        assertThat(commonPhase.structureId()).isNull();
        assertThat(commonPhase.objectiveId()).isEqualTo(commonObjective("1").value());
        assertThat(commonPhase.phaseId()).isEqualTo(commonPhase("1.1").value());
    }

    @Test
    void recordsTheProvinceAndTheHeadTitleOnlyWhenPresent() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);
        List<AuditEntryView> withThem = trail(null).entries();

        assertThat(withThem.get(0).changes()).containsSubsequence(new FieldChange("organisation", null, ORGANISATION),
                new FieldChange("province", null, PROVINCE), new FieldChange("firstYear", null, "2026"));
        assertThat(withThem.get(1).changes()).containsExactly(new FieldChange("name", null, "Segreteria"),
                new FieldChange("head", null, SEGRETERIA_HEAD), new FieldChange("headTitle", null, SEGRETERIA_HEAD_TITLE));

        PlanHistory.reset(projection);
        new PlanHistory(ORGANISATION).then(planDefinedWithoutProvince(), segreteriaAddedWithoutHeadTitle()).deliverTo(projection);
        List<AuditEntryView> withoutThem = trail(null).entries();

        assertThat(withoutThem.get(0).changes()).extracting(FieldChange::field)
                .containsExactly("organisation", "firstYear", "lastYear", "year");
        assertThat(withoutThem.get(1).changes()).extracting(FieldChange::field).containsExactly("name", "head");
    }

    @Test
    void recordsTheCommonContextAgainstTheCommonObjectives() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(commonContextSet(), commonContextSetWithMission())
                .deliverTo(projection);

        List<AuditEntryView> entries = trail(null).entries();
        AuditEntryView first = entries.get(entries.size() - 2);
        AuditEntryView second = last(trail(null));

        assertThat(first.action()).isEqualTo("CommonStrategicContextSet");
        assertThat(first.subject()).isEqualTo("Obiettivi comuni");
        assertThat(first.structureId()).isNull();
        assertThat(first.objectiveId()).isNull();
        assertThat(first.changes()).containsExactly(
                new FieldChange("strategicLine", null, COMMON_STRATEGIC_LINE),
                new FieldChange("strategicObjective", null, commonContextSet().strategicObjective()),
                new FieldChange("operationalObjective", null, commonContextSet().operationalObjective()));
        assertThat(second.subject()).isEqualTo("Obiettivi comuni");
        assertThat(second.changes()).containsExactly(
                new FieldChange("missionCode", null, "01"),
                new FieldChange("operationalObjective", commonContextSet().operationalObjective(),
                        "Migliorare gli standard dei servizi erogati"));
    }

    @Test
    void recordsTheImportWithItsFileFindingsAndWhoImportedIt() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anImportedPlan());

        history.deliverTo(projection);
        AuditEntryView imported = trail(null).entries().get(1);

        assertThat(imported.sequence()).isEqualTo(1);
        assertThat(imported.occurredAt()).isEqualTo(PlanHistory.occurredAt(1));
        assertThat(imported.action()).isEqualTo("PlanImported");
        assertThat(imported.subject()).isEqualTo("Piano 2026 (triennio 2026–2028)");
        assertThat(imported.user()).isEqualTo("segretario");
        assertThat(imported.role()).isEqualTo(Role.SEGRETARIO);
        assertThat(imported.structureId()).isNull();
        assertThat(imported.changes()).containsExactly(
                new FieldChange("source", null, IMPORTED_FILE + " (SHA-256 " + IMPORTED_SHA256 + ")"),
                new FieldChange("findings", null, "2"));
        assertThat(imported.field()).isEqualTo("source");
        assertThat(imported.after()).isEqualTo("monte-cremasco-2026-bozza.docx (SHA-256 " + IMPORTED_SHA256 + ")");
        assertThat(imported.reason()).isEqualTo(
                "Importato da segretario dal file monte-cremasco-2026-bozza.docx, SHA-256 " + IMPORTED_SHA256);
        assertThat(trail(null).entries()).extracting(AuditEntryView::sequence)
                .containsExactlyElementsOf(history.messages().stream().map(DomainEventMessage::getSequenceNumber).toList());
        assertThat(entryAbout(trail(null), "Obiettivi comuni", "CommonStrategicContextSet").user()).isEqualTo("segretario");
    }

    @Test
    void recordsTheSubmissionToTheGiuntaAndItsReturnWithTheRemarks() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(planSubmitted(1), planReturned(1));

        history.deliverTo(projection);
        List<AuditEntryView> entries = trail(null).entries();
        AuditEntryView submitted = entries.get(entries.size() - 2);
        AuditEntryView returned = last(trail(null));

        assertThat(submitted.action()).isEqualTo("PlanSubmitted");
        assertThat(submitted.subject()).isEqualTo("Piano 2026 (triennio 2026–2028)");
        assertThat(submitted.user()).isEqualTo("segretario");
        assertThat(submitted.changes()).containsExactly(new FieldChange("status", "DRAFT", "SUBMITTED"));
        assertThat(submitted.field()).isEqualTo("status");
        assertThat(submitted.reason()).isNull();
        assertThat(description(submitted)).isEqualTo("Trasmesso alla Giunta");
        assertThat(returned.action()).isEqualTo("PlanReturned");
        assertThat(returned.subject()).isEqualTo("Piano 2026 (triennio 2026–2028)");
        assertThat(returned.user()).isEqualTo("giunta");
        assertThat(returned.role()).isEqualTo(Role.GIUNTA);
        assertThat(returned.changes()).containsExactly(new FieldChange("status", "SUBMITTED", "DRAFT"));
        assertThat(returned.reason()).isEqualTo(GIUNTA_REMARKS);
        assertThat(description(returned)).isEqualTo("Restituito dalla Giunta con osservazioni");
    }

    @Test
    void recordsTheAdoptionWithTheDelibera() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(planSubmitted(1), planReturned(1))
                .then(planSubmitted(1), firstAdoption()).deliverTo(projection);

        AuditEntryView adopted = last(trail(null));

        assertThat(adopted.action()).isEqualTo("PlanAdopted");
        assertThat(adopted.subject()).isEqualTo("Piano 2026 (triennio 2026–2028)");
        assertThat(adopted.user()).isEqualTo("giunta");
        assertThat(adopted.changes()).containsExactly(new FieldChange("status", "SUBMITTED", "ADOPTED"),
                new FieldChange("resolutionNumber", null, "12"), new FieldChange("resolutionDate", null, "2026-02-10"));
        assertThat(adopted.reason()).isNull();
        assertThat(description(adopted)).isEqualTo("Adottato con delibera n. 12 del 10.02.2026");
    }

    @Test
    void recordsTheVariationWithItsReasonAndTellsTheNextAdoptionFromNothing() {
        new PlanHistory(ORGANISATION).then(anAdoptedPlan())
                .then(variationOpened(), objective6WeightChangedTo25(), planSubmitted(2), secondAdoption())
                .deliverTo(projection);

        AuditEntryView variation = entryAbout(trail(null), "Piano 2026 (triennio 2026–2028)", "VariationOpened");
        AuditEntryView secondSubmission = trail(null).entries().get(trail(null).entries().size() - 2);
        AuditEntryView secondAdoption = last(trail(null));

        assertThat(variation.user()).isEqualTo("segretario");
        assertThat(variation.changes()).containsExactly(new FieldChange("status", "ADOPTED", "DRAFT"),
                new FieldChange("version", "1", "2"));
        assertThat(variation.reason()).isEqualTo(VARIATION_REASON);
        assertThat(description(variation)).isEqualTo("Aperta la variazione: versione 2");
        assertThat(secondSubmission.changes()).containsExactly(new FieldChange("status", "DRAFT", "SUBMITTED"));
        assertThat(secondAdoption.changes()).containsExactly(new FieldChange("status", "SUBMITTED", "ADOPTED"),
                new FieldChange("resolutionNumber", null, "48"), new FieldChange("resolutionDate", null, "2026-07-15"));
        assertThat(description(secondAdoption)).isEqualTo("Adottato con delibera n. 48 del 15.07.2026");
    }

    @Test
    void recordsTheDeadlineWarningsAsTracciaItself() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(approvalDeadlineNear(1), approvalDeadlineMissed(1))
                .deliverTo(projection);

        List<AuditEntryView> entries = trail(null).entries();
        AuditEntryView near = entries.get(entries.size() - 2);
        AuditEntryView missed = last(trail(null));

        assertThat(near.action()).isEqualTo("ApprovalDeadlineNear");
        assertThat(near.subject()).isEqualTo("Piano 2026 (triennio 2026–2028)");
        assertThat(near.user()).isEqualTo("traccia");
        assertThat(near.role()).isEqualTo(Role.SYSTEM);
        assertThat(near.changes()).containsExactly(new FieldChange("approvalDeadline", null, "2026-01-31"),
                new FieldChange("approvalDeadlineState", null, "NEAR"));
        assertThat(description(near)).isEqualTo("Termine di approvazione (31.01.2026) vicino");
        assertThat(missed.action()).isEqualTo("ApprovalDeadlineMissed");
        assertThat(missed.changes()).containsExactly(new FieldChange("approvalDeadlineState", "NEAR", "MISSED"));
        assertThat(missed.reason()).isNull();
        assertThat(description(missed)).isEqualTo("Termine di approvazione (31.01.2026) scaduto senza adozione");
    }

    @Test
    void tellsTheDeadlineOfTheNextVersionFromNothing() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(approvalDeadlineMissed(1), planSubmitted(1), firstAdoption(), variationOpened(),
                        approvalDeadlineNear(2))
                .deliverTo(projection);

        AuditEntryView variation = entryAbout(trail(null), "Piano 2026 (triennio 2026–2028)", "VariationOpened");
        AuditEntryView near = last(trail(null));

        assertThat(variation.changes()).extracting(FieldChange::field).containsExactly("status", "version");
        assertThat(near.changes()).containsExactly(new FieldChange("approvalDeadline", null, "2026-01-31"),
                new FieldChange("approvalDeadlineState", null, "NEAR"));
    }

    @Test
    void recordsTheResolutionOfAnImportFindingWithItsNote() {
        new PlanHistory(ORGANISATION).then(anImportedPlan()).then(invalidDateResolved()).deliverTo(projection);

        AuditEntryView resolved = last(trail(null));

        assertThat(resolved.action()).isEqualTo("ImportFindingResolved");
        assertThat(resolved.subject()).isEqualTo("Rilievo di importazione n. 1");
        assertThat(resolved.user()).isEqualTo("segretario");
        assertThat(resolved.structureId()).isNull();
        assertThat(resolved.objectiveId()).isNull();
        assertThat(resolved.changes()).containsExactly(new FieldChange("status", "UNRESOLVED", "RESOLVED"));
        assertThat(resolved.reason()).isEqualTo(RESOLUTION_NOTE);
        assertThat(description(resolved)).isEqualTo("Rilievo di importazione n. 1 (INVALID_DATE) risolto");
    }

    @Test
    void describesOnlyTheStepsOfThePlansCycle() {
        new PlanHistory(ORGANISATION).then(anImportedPlan()).then(objective6WeightChangedTo25()).deliverTo(projection);

        assertThat(mongo.documentsOf(AuditEntryDocument.COLLECTION))
                .allSatisfy(document -> assertThat(document.getString("description")).isNull());
    }

    @Test
    void recordsWhoWasNamedHeadOfAStructureAndWhy() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(new StructureHeadAssigned(PLAN, MonteCremasco.SEGRETERIA, "resp-segreteria", "Avv. Marco Gregoli",
                        "Segretario Generale", "Decreto sindacale n. 3", MonteCremasco.SEGRETARIO))
                .deliverTo(projection);

        AuditEntryView last = last(trail(null));

        assertThat(last.action()).isEqualTo("StructureHeadAssigned");
        assertThat(last.subject()).isEqualTo("Segreteria");
        assertThat(last.reason()).isEqualTo("Decreto sindacale n. 3");
        assertThat(last.description()).isEqualTo("Responsabile della struttura: Avv. Marco Gregoli (utente resp-segreteria)");
        assertThat(last.changes()).extracting(FieldChange::field, FieldChange::after)
                .containsExactly(tuple("headUserId", "resp-segreteria"));
    }

    @Test
    void stopsOnAnEventOfAPlanItNeverSawDefinedRatherThanSkipIt() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(segreteriaAdded());

        assertThatThrownBy(() -> history.deliverTo(projection)).hasRootCauseInstanceOf(ReadModelInconsistency.class);
    }

    @Test
    void answersSomeoneWithoutRoleInTheEnteAsIfThePlanHadNoTrail() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        assertThat(Queries.ask(projection, new FindAuditTrailQuery(PLAN, null, MonteCremasco.OUTSIDER),
                AuditTrailView.class)).isNull();
    }

    @Test
    void keepsOneEntryPerEventInSequenceOrder() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());

        history.deliverTo(projection);

        assertThat(trail(null).entries()).extracting(AuditEntryView::sequence)
                .containsExactlyElementsOf(history.messages().stream().map(DomainEventMessage::getSequenceNumber).toList());
    }

    @Test
    void recordsARemovalWithItsReasonAndNoChanges() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(phase62Removed(), objective7Removed()).deliverTo(projection);

        List<AuditEntryView> entries = trail(null).entries();
        AuditEntryView phaseRemoval = entries.get(entries.size() - 2);
        AuditEntryView objectiveRemoval = last(trail(null));

        assertThat(phaseRemoval.subject()).isEqualTo("Segreteria › obiettivo 6 › fase 6.2");
        assertThat(phaseRemoval.changes()).isEmpty();
        assertThat(phaseRemoval.field()).isNull();
        assertThat(phaseRemoval.reason()).isEqualTo("Accorpata nella fase 6.1");
        assertThat(objectiveRemoval.subject()).isEqualTo("Segreteria › obiettivo 7");
        assertThat(objectiveRemoval.reason()).isEqualTo("La contrattazione passa all'area Personale");
    }

    @Test
    void recordsTheRemovalOfAStructureAndForgetsWhatItHeld() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(new StructureRemoved(PLAN, SEGRETERIA, "Servizio trasferito all'Unione", SEGRETARIO))
                .deliverTo(projection);

        AuditEntryView removal = last(trail(null));
        assertThat(removal.action()).isEqualTo("StructureRemoved");
        assertThat(removal.subject()).isEqualTo("Segreteria");
        assertThat(removal.structureId()).isEqualTo(SEGRETERIA.value());
        assertThat(removal.reason()).isEqualTo("Servizio trasferito all'Unione");
    }

    @Test
    void filtersTheTrailByObjectiveIncludingItsPhases() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(objective6WeightChangedTo25(), phase61WeightChangedTo60(), objective7Removed())
                .deliverTo(projection);

        AuditTrailView objective6 = trail(segreteriaObjective("6").value());

        assertThat(objective6.entries()).extracting(AuditEntryView::subject).containsExactly(
                "Segreteria › obiettivo 6",
                "Segreteria › obiettivo 6 › fase 6.1",
                "Segreteria › obiettivo 6 › fase 6.2",
                "Segreteria › obiettivo 6",
                "Segreteria › obiettivo 6 › fase 6.1");
        assertThat(objective6.entries().get(4).phaseId()).isEqualTo(segreteriaPhase("6.1").value());
        assertThat(objective6.entries().get(4).changes()).containsExactly(new FieldChange("weight", "50", "60"));
        assertThat(objective6.organisation()).isEqualTo(ORGANISATION);
    }

    @Test
    void ignoresRedeliveredEvents() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        history.deliverTo(projection);
        AuditTrailView before = trail(null);
        List<Document> storedBefore = mongo.documentsOf(AuditEntryDocument.COLLECTION);

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(5)));

        assertThat(trail(null)).isEqualTo(before);
        assertThat(mongo.documentsOf(AuditEntryDocument.COLLECTION)).isEqualTo(storedBefore);
    }

    @Test
    void writesTheSameEntryWhenRedeliveredAfterACrashBeforeTheStateWasSaved() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        PlanHistory.deliver(projection, history.messages().subList(0, (int) history.lastSequence()));
        Document stateBeforeTheChange = mongo.documentsOf(AuditPlanStateDocument.COLLECTION).get(0);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence())));
        AuditTrailView trailAfterTheChange = trail(null);

        mongo.template().getCollection(AuditPlanStateDocument.COLLECTION)
                .replaceOne(eq("_id", PLAN.value()), stateBeforeTheChange);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence())));

        assertThat(trail(null)).isEqualTo(trailAfterTheChange);
        assertThat(last(trail(null)).changes()).containsExactly(new FieldChange("weight", "30", "25"));
    }

    @Test
    void rebuildsTheSameTrailAfterAResetAndAReplay() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(objective6WeightChangedTo25(), objective6Revised(), phase62Removed());
        history.deliverTo(projection);
        AuditTrailView before = trail(null);

        PlanHistory.reset(projection);
        assertThat(trail(null)).isNull();
        history.deliverTo(projection);

        assertThat(trail(null)).isEqualTo(before);
    }

    @Test
    void rebuildsTheSameTrailOfTheCycleAfterAResetAndAReplayAndIgnoresItsRedelivery() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anImportedPlan())
                .then(invalidDateResolved(), approvalDeadlineNear(1), planSubmitted(1), planReturned(1), planSubmitted(1),
                        firstAdoption(), variationOpened(), objective6WeightChangedTo25(), planSubmitted(2),
                        secondAdoption());
        history.deliverTo(projection);
        AuditTrailView before = trail(null);
        List<Document> storedBefore = mongo.documentsOf(AuditEntryDocument.COLLECTION);

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence() - 4)));
        assertThat(mongo.documentsOf(AuditEntryDocument.COLLECTION)).isEqualTo(storedBefore);

        PlanHistory.reset(projection);
        history.deliverTo(projection);

        assertThat(trail(null)).isEqualTo(before);
        assertThat(mongo.documentsOf(AuditEntryDocument.COLLECTION)).isEqualTo(storedBefore);
        assertThat(before.entries()).hasSize(history.messages().size());
    }

    @Test
    void storesTheOrganisationOnEveryDocument() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25()).deliverTo(projection);

        assertThat(mongo.documentsOf(AuditEntryDocument.COLLECTION)).isNotEmpty()
                .allSatisfy(document -> assertThat(document.getString("organisation")).isEqualTo(ORGANISATION));
        assertThat(mongo.documentsOf(AuditPlanStateDocument.COLLECTION)).singleElement()
                .satisfies(document -> assertThat(document.getString("organisation")).isEqualTo(ORGANISATION));
    }

    @Test
    void answersNothingForAPlanWithoutEntries() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        AuditTrailView unknown = Queries.ask(projection,
                new FindAuditTrailQuery(new PlanId("monte-cremasco-2027"), null, MonteCremasco.READER),
                AuditTrailView.class);

        assertThat(unknown).isNull();
    }

    private AuditTrailView trail(String objectiveId) {
        return Queries.ask(projection, new FindAuditTrailQuery(PLAN, objectiveId, MonteCremasco.READER), AuditTrailView.class);
    }

    /** The sentence stored with the entry, which the kernel's view does not carry yet. */
    private String description(AuditEntryView entry) {
        return mongo.template().getCollection(AuditEntryDocument.COLLECTION).find(eq("eventId", entry.eventId())).first()
                .getString("description");
    }

    private static AuditEntryView last(AuditTrailView trail) {
        return trail.entries().get(trail.entries().size() - 1);
    }

    private static AuditEntryView entryAbout(AuditTrailView trail, String subject, String action) {
        return trail.entries().stream()
                .filter(entry -> entry.subject().equals(subject) && entry.action().equals(action))
                .findFirst()
                .orElseThrow();
    }
}
