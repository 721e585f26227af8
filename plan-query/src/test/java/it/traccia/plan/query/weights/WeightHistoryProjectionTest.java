package it.traccia.plan.query.weights;

import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.query.FindWeightHistoryQuery;
import it.traccia.kernel.plan.query.WeightHistoryEntryView;
import it.traccia.kernel.plan.query.WeightHistoryView;
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

import java.math.BigDecimal;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static it.traccia.plan.query.MonteCremasco.ORGANISATION;
import static it.traccia.plan.query.MonteCremasco.PLAN;
import static it.traccia.plan.query.MonteCremasco.REWEIGHING_REASON;
import static it.traccia.plan.query.MonteCremasco.aBalancedPlan;
import static it.traccia.plan.query.MonteCremasco.commonObjective;
import static it.traccia.plan.query.MonteCremasco.commonPhase;
import static it.traccia.plan.query.MonteCremasco.objective6Reweighed;
import static it.traccia.plan.query.MonteCremasco.objective6Revised;
import static it.traccia.plan.query.MonteCremasco.objective6WeightChangedTo25;
import static it.traccia.plan.query.MonteCremasco.phase61WeightChangedTo60;
import static it.traccia.plan.query.MonteCremasco.segreteriaAdded;
import static it.traccia.plan.query.MonteCremasco.segreteriaObjective;
import static it.traccia.plan.query.MonteCremasco.segreteriaPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class WeightHistoryProjectionTest {

    private InMemoryMongo mongo;
    private WeightHistoryProjection projection;

    @BeforeEach
    void startMongo() {
        mongo = new InMemoryMongo();
        projection = new WeightHistoryProjection(mongo.template(), MonteCremasco.readers());
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void stopsOnAnEventOfAPlanItNeverSawDefinedRatherThanSkipIt() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(segreteriaAdded());

        assertThatThrownBy(() -> history.deliverTo(projection)).hasRootCauseInstanceOf(ReadModelInconsistency.class);
    }

    @Test
    void answersSomeoneWithoutRoleInTheEnteAsIfTheObjectiveHadNoHistory() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        assertThat(Queries.ask(projection, new FindWeightHistoryQuery(PLAN, segreteriaObjective("6").value(),
                MonteCremasco.OUTSIDER), WeightHistoryView.class)).isNull();
    }

    @Test
    void tracesTheWeightOfAnObjectiveFromItsDefinition() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());

        long defined = history.messages().stream()
                .filter(message -> message.getPayload() instanceof ObjectiveDefined objective && objective.number().equals("6"))
                .findFirst().orElseThrow().getSequenceNumber();

        history.deliverTo(projection);
        WeightHistoryView objective6 = history(segreteriaObjective("6").value());

        assertThat(objective6.planId()).isEqualTo(PLAN.value());
        assertThat(objective6.subject()).isEqualTo("Segreteria › obiettivo 6");
        assertThat(objective6.entries()).containsExactly(
                new WeightHistoryEntryView(PlanHistory.occurredAt(defined), "segretario", Role.SEGRETARIO, null,
                        new BigDecimal("30"), null, 1),
                new WeightHistoryEntryView(PlanHistory.occurredAt(history.lastSequence()), "segretario", Role.SEGRETARIO,
                        new BigDecimal("30"), new BigDecimal("25"), REWEIGHING_REASON, 2));
    }

    @Test
    void tracesTheWeightOfAPhase() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(phase61WeightChangedTo60()).deliverTo(projection);

        WeightHistoryView phase61 = history(segreteriaPhase("6.1").value());

        assertThat(phase61.subject()).isEqualTo("Segreteria › obiettivo 6 › fase 6.1");
        assertThat(phase61.entries()).extracting(WeightHistoryEntryView::before, WeightHistoryEntryView::after,
                        WeightHistoryEntryView::revision)
                .containsExactly(tuple(null, new BigDecimal("50"), 1L),
                        tuple(new BigDecimal("50"), new BigDecimal("60"), 2L));
        assertThat(phase61.entries().get(1).reason()).isEqualTo("La ricognizione richiede più lavoro della compilazione");
    }

    @Test
    void namesCommonObjectivesAndTheirPhases() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        assertThat(history(commonObjective("1").value()).subject()).isEqualTo("Obiettivi comuni › obiettivo 1");
        assertThat(history(commonPhase("1.1").value()).subject()).isEqualTo("Obiettivi comuni › obiettivo 1 › fase 1.1");
    }

    @Test
    void leavesOtherChangesOutOfTheWeightHistory() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6Revised()).deliverTo(projection);

        assertThat(history(segreteriaObjective("6").value()).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualByComparingTo("30"));
    }

    @Test
    void ignoresRedeliveredEvents() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(objective6WeightChangedTo25(), phase61WeightChangedTo60());
        history.deliverTo(projection);
        List<Document> storedBefore = mongo.documentsOf(WeightHistoryDocument.COLLECTION);
        WeightHistoryView objective6 = history(segreteriaObjective("6").value());

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence() - 1)));

        assertThat(mongo.documentsOf(WeightHistoryDocument.COLLECTION)).isEqualTo(storedBefore);
        assertThat(history(segreteriaObjective("6").value())).isEqualTo(objective6);
    }

    @Test
    void writesTheSameEntryWhenRedeliveredAfterACrashBeforeTheStateWasSaved() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        PlanHistory.deliver(projection, history.messages().subList(0, (int) history.lastSequence()));
        Document stateBeforeTheChange = mongo.documentsOf(WeightHistoryStateDocument.COLLECTION).get(0);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence())));
        WeightHistoryView afterTheChange = history(segreteriaObjective("6").value());

        mongo.template().getCollection(WeightHistoryStateDocument.COLLECTION)
                .replaceOne(eq("_id", PLAN.value()), stateBeforeTheChange);
        PlanHistory.deliver(projection, List.of(history.message(history.lastSequence())));

        assertThat(history(segreteriaObjective("6").value())).isEqualTo(afterTheChange);
    }

    @Test
    void rebuildsTheSameHistoryAfterAResetAndAReplay() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(objective6WeightChangedTo25(), phase61WeightChangedTo60());
        history.deliverTo(projection);
        WeightHistoryView objective6 = history(segreteriaObjective("6").value());
        WeightHistoryView phase61 = history(segreteriaPhase("6.1").value());

        PlanHistory.reset(projection);
        assertThat(history(segreteriaObjective("6").value())).isNull();
        history.deliverTo(projection);

        assertThat(history(segreteriaObjective("6").value())).isEqualTo(objective6);
        assertThat(history(segreteriaPhase("6.1").value())).isEqualTo(phase61);
    }

    @Test
    void keepsALongHistoryInBoundedPagesOldestFirst() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6Reweighed(2, 120)).deliverTo(projection);

        WeightHistoryView objective6 = history(segreteriaObjective("6").value());

        assertThat(objective6.entries()).hasSize(120)
                .extracting(WeightHistoryEntryView::revision).isSortedAccordingTo(Long::compare);
        assertThat(objective6.entries().get(119).revision()).isEqualTo(120L);
        assertThat(pagesOfObjective6()).hasSize(3)
                .allSatisfy(page -> assertThat(page.getList("entries", Document.class))
                        .hasSizeLessThanOrEqualTo(WeightHistoryDocument.PAGE_SIZE));
    }

    @Test
    void writesTheSamePagesWhenRedeliveredAfterACrashAcrossAPageBoundary() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6Reweighed(2, 60));
        int beforeTheBoundary = (int) history.lastSequence() - 15;
        PlanHistory.deliver(projection, history.messages().subList(0, beforeTheBoundary));
        Document stateBefore = mongo.documentsOf(WeightHistoryStateDocument.COLLECTION).get(0);
        List<? extends DomainEventMessage<?>> rest =
                history.messages().subList(beforeTheBoundary, history.messages().size());
        PlanHistory.deliver(projection, rest);
        List<Document> pages = pagesOfObjective6();
        WeightHistoryView objective6 = history(segreteriaObjective("6").value());

        mongo.template().getCollection(WeightHistoryStateDocument.COLLECTION).replaceOne(eq("_id", PLAN.value()), stateBefore);
        PlanHistory.deliver(projection, rest);

        assertThat(pagesOfObjective6()).hasSize(2).isEqualTo(pages);
        assertThat(history(segreteriaObjective("6").value())).isEqualTo(objective6);
        assertThat(objective6.entries()).hasSize(60);
    }

    @Test
    void readsAndExtendsAHistoryStoredBeforeHistoriesHadPages() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6Reweighed(2, 3)).deliverTo(projection);
        mongo.template().getCollection(WeightHistoryStateDocument.COLLECTION)
                .updateOne(eq("_id", PLAN.value()), new Document("$unset", new Document("lengths", "")));

        assertThat(history(segreteriaObjective("6").value()).entries()).hasSize(3);
        PlanHistory more = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6Reweighed(2, 4));
        PlanHistory.deliver(projection, List.of(more.message(more.lastSequence())));

        assertThat(history(segreteriaObjective("6").value()).entries()).extracting(WeightHistoryEntryView::revision)
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void storesTheOrganisationOnEveryDocument() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25()).deliverTo(projection);

        assertThat(mongo.documentsOf(WeightHistoryDocument.COLLECTION)).isNotEmpty()
                .allSatisfy(document -> assertThat(document.getString("organisation")).isEqualTo(ORGANISATION));
        assertThat(mongo.documentsOf(WeightHistoryStateDocument.COLLECTION)).singleElement()
                .satisfies(document -> assertThat(document.getString("organisation")).isEqualTo(ORGANISATION));
    }

    @Test
    void storesWeightsAsExactText() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25()).deliverTo(projection);

        Document change = mongo.documentsOf(WeightHistoryDocument.COLLECTION).stream()
                .flatMap(history -> history.getList("entries", Document.class).stream())
                .filter(entry -> REWEIGHING_REASON.equals(entry.getString("reason"))).findFirst().orElseThrow();

        assertThat(change.get("before")).isEqualTo("30");
        assertThat(change.get("after")).isEqualTo("25");
    }

    @Test
    void answersNothingForAnUnknownElement() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        WeightHistoryView unknownObjective = history(new ObjectiveId("segreteria-99").value());
        WeightHistoryView unknownPlan = Queries.ask(projection,
                new FindWeightHistoryQuery(new PlanId("monte-cremasco-2027"), segreteriaObjective("6").value(),
                        MonteCremasco.READER),
                WeightHistoryView.class);

        assertThat(unknownObjective).isNull();
        assertThat(unknownPlan).isNull();
    }

    private List<Document> pagesOfObjective6() {
        return mongo.documentsOf(WeightHistoryDocument.COLLECTION).stream()
                .filter(page -> segreteriaObjective("6").value().equals(page.getString("elementId"))).toList();
    }

    private WeightHistoryView history(String elementId) {
        return Queries.ask(projection, new FindWeightHistoryQuery(PLAN, elementId, MonteCremasco.READER), WeightHistoryView.class);
    }
}
