package it.traccia.plan.query.plan;

import it.traccia.kernel.plan.event.StructureRemoved;
import it.traccia.kernel.Comparison;
import it.traccia.kernel.MeasurableTarget;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.plan.query.AdoptionView;
import it.traccia.kernel.plan.query.ApprovalDeadlineView;
import it.traccia.kernel.plan.query.ApprovalDeadlineView.DeadlineState;
import it.traccia.kernel.plan.query.FindHeadedStructuresQuery;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindReadablePlansQuery;
import it.traccia.kernel.plan.query.HeadedStructureView;
import it.traccia.kernel.plan.query.HeadedStructuresView;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanSummariesView;
import it.traccia.kernel.plan.query.PlanSummaryView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StrategicContextView;
import it.traccia.kernel.plan.query.StructureView;
import it.traccia.plan.query.InMemoryMongo;
import it.traccia.plan.query.MonteCremasco;
import it.traccia.plan.query.PlanHistory;
import it.traccia.plan.query.Queries;
import it.traccia.plan.query.ReadModelInconsistency;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static it.traccia.plan.query.MonteCremasco.APPROVAL_DEADLINE;
import static it.traccia.plan.query.MonteCremasco.COMMON_STRATEGIC_LINE;
import static it.traccia.plan.query.MonteCremasco.ORGANISATION;
import static it.traccia.plan.query.MonteCremasco.PLAN;
import static it.traccia.plan.query.MonteCremasco.PROVINCE;
import static it.traccia.plan.query.MonteCremasco.SEGRETERIA_HEAD;
import static it.traccia.plan.query.MonteCremasco.SEGRETERIA_HEAD_TITLE;
import static it.traccia.plan.query.MonteCremasco.aBalancedPlan;
import static it.traccia.plan.query.MonteCremasco.anAdoptedPlan;
import static it.traccia.plan.query.MonteCremasco.approvalDeadlineMissed;
import static it.traccia.plan.query.MonteCremasco.approvalDeadlineNear;
import static it.traccia.plan.query.MonteCremasco.commonContextSet;
import static it.traccia.plan.query.MonteCremasco.commonContextSetWithMission;
import static it.traccia.plan.query.MonteCremasco.firstAdoption;
import static it.traccia.plan.query.MonteCremasco.objective6Revised;
import static it.traccia.plan.query.MonteCremasco.objective6WeightChangedTo25;
import static it.traccia.plan.query.MonteCremasco.objective7Removed;
import static it.traccia.plan.query.MonteCremasco.PLAN;
import static it.traccia.plan.query.MonteCremasco.SEGRETARIO;
import static it.traccia.plan.query.MonteCremasco.SEGRETERIA;
import static it.traccia.plan.query.MonteCremasco.paymentTimesObjectiveDefined;
import static it.traccia.plan.query.MonteCremasco.paymentTimesPhaseDefined;
import static it.traccia.plan.query.MonteCremasco.paymentTimesPhaseRevisedToProse;
import static it.traccia.plan.query.MonteCremasco.phase61WeightChangedTo60;
import static it.traccia.plan.query.MonteCremasco.phase62Removed;
import static it.traccia.plan.query.MonteCremasco.phase62Revised;
import static it.traccia.plan.query.MonteCremasco.planDefined;
import static it.traccia.plan.query.MonteCremasco.planDefinedWithoutProvince;
import static it.traccia.plan.query.MonteCremasco.planReturned;
import static it.traccia.plan.query.MonteCremasco.planSubmitted;
import static it.traccia.plan.query.MonteCremasco.segreteriaAdded;
import static it.traccia.plan.query.MonteCremasco.segreteriaAddedWithoutHeadTitle;
import static it.traccia.plan.query.MonteCremasco.segreteriaObjectiveDefined;
import static it.traccia.plan.query.MonteCremasco.segreteriaPhaseDefined;
import static it.traccia.plan.query.MonteCremasco.variationOpened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PlanProjectionTest {

    private InMemoryMongo mongo;
    private PlanProjection projection;

    @BeforeEach
    void startMongo() {
        mongo = new InMemoryMongo();
        projection = new PlanProjection(mongo.template(), MonteCremasco.readers());
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void showsTheStructuresWithTheirObjectivesPhasesAndWeightSums() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan());

        history.deliverTo(projection);
        PlanView plan = findPlan();

        assertThat(plan.organisation()).isEqualTo(ORGANISATION);
        assertThat(plan.province()).isEqualTo(PROVINCE);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.version()).isEqualTo(1);
        assertThat(List.of(plan.firstYear(), plan.lastYear(), plan.year())).containsExactly(2026, 2028, 2026);
        StructureView segreteria = plan.structures().get(0);
        assertThat(segreteria.name()).isEqualTo("Segreteria");
        assertThat(segreteria.head()).isEqualTo(SEGRETERIA_HEAD);
        assertThat(segreteria.headTitle()).isEqualTo(SEGRETERIA_HEAD_TITLE);
        assertThat(segreteria.context().missionCode()).isEqualTo("01");
        assertThat(segreteria.context().missionTitle()).isEqualTo("Servizi istituzionali, generali e di gestione");
        assertThat(segreteria.objectives()).extracting(ObjectiveView::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(segreteria.objectives()).extracting(ObjectiveView::weight)
                .containsExactly(weight("10"), weight("10"), weight("10"), weight("10"), weight("10"),
                        weight("30"), weight("20"));
        assertThat(segreteria.objectiveWeights()).isEqualTo(new WeightSum(new BigDecimal("100"), true));
        ObjectiveView objective6 = segreteria.objectives().get(5);
        assertThat(objective6.phases()).extracting(PhaseView::number, PhaseView::weight)
                .containsExactly(tuple("6.1", new BigDecimal("50")),
                        tuple("6.2", new BigDecimal("50")));
        assertThat(objective6.phaseWeights()).isEqualTo(new WeightSum(new BigDecimal("100"), true));
        assertThat(objective6.deadline()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(objective6.revision()).isEqualTo(1);
        assertThat(plan.commonContext()).isNull();
        assertThat(plan.commonObjectives()).hasSize(5);
        assertThat(plan.commonObjectiveWeights()).isEqualTo(new WeightSum(new BigDecimal("100"), true));
        assertThat(plan.balanced()).isTrue();
        assertThat(plan.lastSequence()).isEqualTo(history.lastSequence());
        assertThat(plan.lastChangedAt()).isEqualTo(PlanHistory.occurredAt(history.lastSequence()));
    }

    @Test
    void reportsAnUnbalancedSetWithItsSum() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());

        history.deliverTo(projection);
        PlanView plan = findPlan();

        StructureView segreteria = plan.structures().get(0);
        assertThat(segreteria.objectiveWeights()).isEqualTo(new WeightSum(new BigDecimal("95"), false));
        assertThat(segreteria.objectives().get(5).weight()).isEqualByComparingTo("25");
        assertThat(segreteria.objectives().get(5).revision()).isEqualTo(2);
        assertThat(plan.commonObjectiveWeights().balanced()).isTrue();
        assertThat(plan.balanced()).isFalse();
    }

    @Test
    void countsAnObjectiveWithoutPhasesAsABalancedEmptySet() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(planDefined(), segreteriaAdded(),
                segreteriaObjectiveDefined("1", "100"));

        history.deliverTo(projection);
        PlanView plan = findPlan();

        StructureView segreteria = plan.structures().get(0);
        assertThat(segreteria.objectiveWeights().balanced()).isTrue();
        assertThat(segreteria.objectives().get(0).phases()).isEmpty();
        assertThat(segreteria.objectives().get(0).phaseWeights()).isEqualTo(new WeightSum(BigDecimal.ZERO, true));
        assertThat(plan.commonObjectives()).isEmpty();
        assertThat(plan.commonObjectiveWeights()).isEqualTo(new WeightSum(BigDecimal.ZERO, true));
        assertThat(plan.balanced()).isTrue();
    }

    @Test
    void showsNoProvinceNorHeadTitleWhenTheDraftNamesNone() {
        new PlanHistory(ORGANISATION).then(planDefinedWithoutProvince(), segreteriaAddedWithoutHeadTitle())
                .deliverTo(projection);
        PlanView plan = findPlan();

        assertThat(plan.province()).isNull();
        assertThat(plan.structures().get(0).head()).isEqualTo(SEGRETERIA_HEAD);
        assertThat(plan.structures().get(0).headTitle()).isNull();
    }

    @Test
    void storesTheProvinceAndTheHeadTitle() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        Document stored = mongo.documentsOf(PlanDocument.COLLECTION).get(0);
        assertThat(stored.getString("province")).isEqualTo(PROVINCE);
        assertThat(stored.getList("structures", Document.class).get(0).getString("headTitle"))
                .isEqualTo(SEGRETERIA_HEAD_TITLE);
    }

    @Test
    void showsTheCommonContextWithoutAMission() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(commonContextSet()).deliverTo(projection);

        StrategicContextView common = findPlan().commonContext();

        assertThat(common).isEqualTo(new StrategicContextView(COMMON_STRATEGIC_LINE,
                commonContextSet().strategicObjective(), null, null, commonContextSet().operationalObjective()));
        assertThat(findPlan().structures().get(0).context().missionCode()).isEqualTo("01");
    }

    @Test
    void showsTheCommonContextAsLastSetWithItsMissionTitle() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(commonContextSet(), commonContextSetWithMission())
                .deliverTo(projection);

        StrategicContextView common = findPlan().commonContext();

        assertThat(common.missionCode()).isEqualTo("01");
        assertThat(common.missionTitle()).isEqualTo("Servizi istituzionali, generali e di gestione");
        assertThat(common.operationalObjective()).isEqualTo("Migliorare gli standard dei servizi erogati");
    }

    @Test
    void readsTheMeasurableTargetsOfObjectivesAndPhases() {
        new PlanHistory(ORGANISATION).then(planDefined(), segreteriaAdded(), paymentTimesObjectiveDefined(),
                paymentTimesPhaseDefined(), segreteriaPhaseDefined("8.2", "0")).deliverTo(projection);

        ObjectiveView objective = findPlan().structures().get(0).objectives().get(0);
        PhaseView phase = objective.phases().get(0);

        assertThat(phase.target()).isEqualTo("Rispetto del limite temporale di pagamento entro 30 gg.");
        assertThat(phase.measurableTargets()).singleElement().satisfies(target -> {
            assertThat(target.comparison()).isEqualTo(Comparison.AT_MOST);
            assertThat(target.value()).isEqualByComparingTo("30");
            assertThat(target.unit()).isEqualTo("giorni");
        });
        assertThat(objective.measurableTargets())
                .extracting(MeasurableTarget::comparison, target -> target.value().intValueExact(), MeasurableTarget::unit)
                .containsExactly(tuple(Comparison.AT_MOST, 30, "giorni"), tuple(Comparison.AT_MOST, 0, null));
        assertThat(objective.phases().get(1).measurableTargets()).isEmpty();
    }

    @Test
    void readsTheMeasurableTargetsAgainAfterARevisionWithoutStoringThem() {
        new PlanHistory(ORGANISATION).then(planDefined(), segreteriaAdded(), paymentTimesObjectiveDefined(),
                paymentTimesPhaseDefined(), paymentTimesPhaseRevisedToProse()).deliverTo(projection);

        PhaseView phase = findPlan().structures().get(0).objectives().get(0).phases().get(0);

        assertThat(phase.measurableTargets()).isEmpty();
        Document stored = mongo.documentsOf(PlanDocument.COLLECTION).get(0);
        Document objective = stored.getList("structures", Document.class).get(0).getList("objectives", Document.class).get(0);
        assertThat(objective).doesNotContainKey("measurableTargets");
        assertThat(objective.getList("phases", Document.class).get(0)).doesNotContainKey("measurableTargets");
    }

    @Test
    void ordersObjectivesAndPhasesByTheirNumbersCountedAsNumbers() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(planDefined(), segreteriaAdded(),
                segreteriaObjectiveDefined("10", "40"), segreteriaObjectiveDefined("2", "30"),
                segreteriaObjectiveDefined("1", "30"),
                segreteriaPhaseDefined("1.10", "20"), segreteriaPhaseDefined("1.2", "30"),
                segreteriaPhaseDefined("1.1", "40"));

        history.deliverTo(projection);
        StructureView segreteria = findPlan().structures().get(0);

        assertThat(segreteria.objectives()).extracting(ObjectiveView::number).containsExactly("1", "2", "10");
        ObjectiveView objective1 = segreteria.objectives().get(0);
        assertThat(objective1.phases()).extracting(PhaseView::number).containsExactly("1.1", "1.2", "1.10");
        assertThat(objective1.phaseWeights()).isEqualTo(new WeightSum(new BigDecimal("90"), false));
    }

    @Test
    void appliesRevisionsWeightChangesAndRemovals() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(objective6Revised(), phase62Revised(), phase61WeightChangedTo60(), phase62Removed(), objective7Removed());

        history.deliverTo(projection);
        StructureView segreteria = findPlan().structures().get(0);

        assertThat(segreteria.objectives()).extracting(ObjectiveView::number).containsExactly("1", "2", "3", "4", "5", "6");
        ObjectiveView objective6 = segreteria.objectives().get(5);
        assertThat(objective6.description()).isEqualTo(objective6Revised().description());
        assertThat(objective6.deadline()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(objective6.revision()).isEqualTo(2);
        assertThat(objective6.phases()).singleElement().satisfies(phase -> {
            assertThat(phase.number()).isEqualTo("6.1");
            assertThat(phase.weight()).isEqualByComparingTo("60");
            assertThat(phase.revision()).isEqualTo(2);
        });
        assertThat(objective6.phaseWeights()).isEqualTo(new WeightSum(new BigDecimal("60"), false));
        assertThat(segreteria.objectiveWeights()).isEqualTo(new WeightSum(new BigDecimal("80"), false));
    }

    @Test
    void removesAStructureWithItsObjectives() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(new StructureRemoved(PLAN, SEGRETERIA, "Servizio trasferito all'Unione", SEGRETARIO))
                .deliverTo(projection);

        assertThat(findPlan().structures()).isEmpty();
        assertThat(findPlan().commonObjectives()).isNotEmpty();
    }

    @Test
    void followsThePlanToTheGiuntaBackToDraftAndToItsAdoption() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan());
        history.deliverTo(projection);
        assertThat(findPlan().adoption()).isNull();

        history.then(planSubmitted(1)).deliverTo(projection);
        assertThat(statusAndVersion()).containsExactly(PlanStatus.SUBMITTED, 1);

        history.then(planReturned(1)).deliverTo(projection);
        assertThat(statusAndVersion()).containsExactly(PlanStatus.DRAFT, 1);
        assertThat(findPlan().adoption()).isNull();

        history.then(planSubmitted(1), firstAdoption()).deliverTo(projection);
        PlanView adopted = findPlan();

        assertThat(statusAndVersion()).containsExactly(PlanStatus.ADOPTED, 1);
        assertThat(adopted.adoption()).isEqualTo(new AdoptionView("12", LocalDate.of(2026, 2, 10),
                PlanHistory.occurredAt(history.lastSequence()), "giunta", Role.GIUNTA));
        assertThat(adopted.lastSequence()).isEqualTo(history.lastSequence());
        assertThat(adopted.lastChangedAt()).isEqualTo(PlanHistory.occurredAt(history.lastSequence()));
        assertThat(adopted.structures()).isEqualTo(findPlanAfter(aBalancedPlan()).structures());
    }

    @Test
    void opensAVariationAsTheDraftOfTheNextVersionWithoutAdoptionNorDeadline() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(approvalDeadlineNear(1), planSubmitted(1), firstAdoption(), variationOpened());

        history.deliverTo(projection);
        PlanView variation = findPlan();

        assertThat(statusAndVersion()).containsExactly(PlanStatus.DRAFT, 2);
        assertThat(variation.adoption()).isNull();
        assertThat(variation.approvalDeadline()).isNull();
        assertThat(variation.structures()).isEqualTo(findPlanAfter(aBalancedPlan()).structures());
    }

    @Test
    void showsTheLastDeadlineWarningOfTheCurrentVersion() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(approvalDeadlineNear(1));
        history.deliverTo(projection);

        assertThat(findPlan().approvalDeadline()).isEqualTo(new ApprovalDeadlineView(APPROVAL_DEADLINE, DeadlineState.NEAR,
                PlanHistory.occurredAt(history.lastSequence())));

        history.then(approvalDeadlineMissed(1)).deliverTo(projection);

        assertThat(findPlan().approvalDeadline()).isEqualTo(new ApprovalDeadlineView(APPROVAL_DEADLINE,
                DeadlineState.MISSED, PlanHistory.occurredAt(history.lastSequence())));
        assertThat(statusAndVersion()).containsExactly(PlanStatus.DRAFT, 1);
    }

    @Test
    void keepsTheMissedDeadlineOnTheVersionAdoptedLate() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(approvalDeadlineMissed(1), planSubmitted(1), firstAdoption()).deliverTo(projection);

        PlanView plan = findPlan();

        assertThat(plan.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(plan.approvalDeadline().state()).isEqualTo(DeadlineState.MISSED);
    }

    @Test
    void stopsOnADeadlineWarningAboutAnotherVersionRatherThanSkipIt() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(anAdoptedPlan())
                .then(variationOpened(), approvalDeadlineMissed(1));

        assertThatThrownBy(() -> history.deliverTo(projection)).hasRootCauseInstanceOf(ReadModelInconsistency.class);

        assertThat(findPlan().approvalDeadline()).isNull();
        assertThat(findPlan().lastSequence()).as("the warning is not counted as applied").isEqualTo(history.lastSequence() - 1);
    }

    @Test
    void stopsOnAnEventOfAPlanItNeverSawDefinedRatherThanSkipIt() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(segreteriaAdded());

        assertThatThrownBy(() -> history.deliverTo(projection)).hasRootCauseInstanceOf(ReadModelInconsistency.class);
        assertThat(findPlan()).isNull();
    }

    @Test
    void stopsOnAChangeToAnObjectiveItNeverSawDefined() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(planDefined(), segreteriaAdded())
                .then(objective6WeightChangedTo25());

        assertThatThrownBy(() -> history.deliverTo(projection)).hasRootCauseInstanceOf(ReadModelInconsistency.class);
    }

    @Test
    void answersSomeoneWithoutRoleInTheEnteAsIfThePlanDidNotExist() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        assertThat(Queries.ask(projection, new FindPlanQuery(PLAN, MonteCremasco.OUTSIDER), PlanView.class)).isNull();
        assertThat(Queries.ask(projection, new FindPlanQuery(PLAN, null), PlanView.class)).isNull();
        assertThat(Queries.ask(projection, new FindReadablePlansQuery(MonteCremasco.OUTSIDER), PlanSummariesView.class)
                .plans()).isEmpty();
    }

    @Test
    void listsThePlansOfTheEntiWhereTheUserHoldsARole() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(planSubmitted(1)).deliverTo(projection);

        PlanSummariesView plans = Queries.ask(projection, new FindReadablePlansQuery(MonteCremasco.READER),
                PlanSummariesView.class);

        assertThat(plans.plans()).containsExactly(new PlanSummaryView(PLAN.value(), MonteCremasco.ORGANISATION_ID.value(),
                ORGANISATION, 2026, PlanStatus.SUBMITTED, 1));
    }

    @Test
    void showsTheUserWhoHeadsAStructureAndListsWhatTheyHead() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(new StructureHeadAssigned(PLAN, MonteCremasco.SEGRETERIA, "segretario", "Avv. Marco Gregoli",
                        "Segretario Generale", "Nomina", MonteCremasco.SEGRETARIO))
                .deliverTo(projection);

        assertThat(findPlan().structures().get(0).headUserId()).isEqualTo("segretario");
        HeadedStructuresView headed = Queries.ask(projection, new FindHeadedStructuresQuery("segretario"),
                HeadedStructuresView.class);
        assertThat(headed.structures()).containsExactly(new HeadedStructureView(MonteCremasco.ORGANISATION_ID.value(),
                PLAN.value(), MonteCremasco.SEGRETERIA.value(), "Segreteria"));
        assertThat(Queries.ask(projection, new FindHeadedStructuresQuery(MonteCremasco.READER), HeadedStructuresView.class)
                .structures()).isEmpty();
    }

    @Test
    void ignoresRedeliveredStepsOfTheApprovalRoute() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(planSubmitted(1), planReturned(1), approvalDeadlineNear(1), planSubmitted(1), firstAdoption(),
                        variationOpened(), objective6WeightChangedTo25());
        history.deliverTo(projection);
        PlanView before = findPlan();
        long submitted = history.lastSequence() - 6;

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(submitted), history.message(submitted + 1),
                history.message(submitted + 4)));

        assertThat(findPlan()).isEqualTo(before);
        assertThat(statusAndVersion()).containsExactly(PlanStatus.DRAFT, 2);
    }

    @Test
    void ignoresRedeliveredEvents() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        history.deliverTo(projection);
        PlanView before = findPlan();

        history.deliverTo(projection);
        PlanHistory.deliver(projection, List.of(history.message(3), history.message(history.lastSequence())));

        assertThat(findPlan()).isEqualTo(before);
        assertThat(mongo.documentsOf(PlanDocument.COLLECTION)).hasSize(1);
    }

    @Test
    void rebuildsTheSameViewAfterAResetAndAReplay() {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .then(objective6WeightChangedTo25(), objective6Revised(), phase62Removed(), commonContextSet());
        history.deliverTo(projection);
        PlanView before = findPlan();
        assertThat(before.commonContext()).isNotNull();

        PlanHistory.reset(projection);
        assertThat(findPlan()).isNull();
        history.deliverTo(projection);

        assertThat(findPlan()).isEqualTo(before);
    }

    @Test
    void storesTheOrganisationOnThePlan() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        assertThat(mongo.documentsOf(PlanDocument.COLLECTION))
                .allSatisfy(document -> assertThat(document.getString("organisation")).isEqualTo(ORGANISATION));
    }

    @Test
    void storesWeightsAsExactText() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        Document stored = mongo.documentsOf(PlanDocument.COLLECTION).get(0);
        Document objective = stored.getList("structures", Document.class).get(0)
                .getList("objectives", Document.class).get(5);
        assertThat(objective.get("weight")).isEqualTo("30");
    }

    @Test
    void answersNothingForAnUnknownPlan() {
        new PlanHistory(ORGANISATION).then(aBalancedPlan()).deliverTo(projection);

        PlanView unknown = Queries.ask(projection, new FindPlanQuery(new PlanId("monte-cremasco-2027"), MonteCremasco.READER),
                PlanView.class);

        assertThat(unknown).isNull();
    }

    private PlanView findPlan() {
        return Queries.ask(projection, new FindPlanQuery(PLAN, MonteCremasco.READER), PlanView.class);
    }

    private List<Object> statusAndVersion() {
        PlanView plan = findPlan();
        return List.of(plan.status(), plan.version());
    }

    /** The plan as a fresh projection shows it after only these events. */
    private static PlanView findPlanAfter(List<PlanEvent> events) {
        try (InMemoryMongo other = new InMemoryMongo()) {
            PlanProjection fresh = new PlanProjection(other.template(), MonteCremasco.readers());
            new PlanHistory(ORGANISATION).then(events).deliverTo(fresh);
            return Queries.ask(fresh, new FindPlanQuery(PLAN, MonteCremasco.READER), PlanView.class);
        }
    }

    private static BigDecimal weight(String weight) {
        return new BigDecimal(weight);
    }
}
