package it.traccia.plan.command;

import it.traccia.kernel.Achievement;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Role;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.EvidenceId;
import it.traccia.kernel.monitoring.MonitoringId;
import it.traccia.kernel.monitoring.ProgressState;
import it.traccia.kernel.monitoring.command.CompleteObjective;
import it.traccia.kernel.monitoring.command.CompletePhase;
import it.traccia.kernel.monitoring.command.CorrectCompletion;
import it.traccia.kernel.monitoring.command.RecordMidYearCheck;
import it.traccia.kernel.monitoring.command.RecordProgress;
import it.traccia.kernel.monitoring.command.StoreEvidence;
import it.traccia.kernel.monitoring.event.CompletionCorrected;
import it.traccia.kernel.monitoring.event.EvidenceStored;
import it.traccia.kernel.monitoring.event.MidYearCheckRecorded;
import it.traccia.kernel.monitoring.event.ObjectiveCompleted;
import it.traccia.kernel.monitoring.event.PhaseCompleted;
import it.traccia.kernel.monitoring.event.ProgressRecorded;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.rule.AlreadyCompleted;
import it.traccia.kernel.rule.DateInFuture;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.EvidenceTooLarge;
import it.traccia.kernel.rule.DateOutsideTriennio;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.NotCompleted;
import it.traccia.kernel.rule.NotHeadOfStructure;
import it.traccia.kernel.rule.ObjectiveHasPhases;
import it.traccia.kernel.rule.PlanNotAdopted;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.StructureNotExpected;
import it.traccia.kernel.rule.TooManyEvidence;
import it.traccia.kernel.rule.UnknownEvidence;
import it.traccia.kernel.rule.UnknownPhase;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.kernel.rule.UnknownStructure;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.COMMON_4;
import static it.traccia.plan.command.PlanFixtures.COMMON_PHASE_4_1;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_7;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_2;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.aClockOn;
import static it.traccia.plan.command.PlanFixtures.aPlanWithCommonObjective4;
import static it.traccia.plan.command.PlanFixtures.aSubmittedPlan;
import static it.traccia.plan.command.PlanFixtures.aVariationOfTheAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.anAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.planAdopted;
import static it.traccia.plan.command.PlanFixtures.planSubmitted;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.responsabileTecnica;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.theMembershipsOfMonteCremasco;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

/**
 * The completion of phases and objectives during the year (monitoraggio), recorded by the head of the structure or
 * the Segretario on the version in force, corrected with a reason, and refused with the rule it breaks. Today is
 * 30.06.2026 on the clock of these tests.
 */
class PhaseCompletionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate JUNE_20 = LocalDate.of(2026, 6, 20);
    private static final MonitoringId MONITORING = MonitoringId.of(PLAN);

    private static Completion full() {
        return new Completion(JUNE_20, Achievement.FULL, "Bozza trasmessa alla Giunta", List.of());
    }

    private static FixtureConfiguration<PlanMonitoring> monitoringOf(List<Object> planEvents) {
        FixtureConfiguration<PlanMonitoring> fixture = new AggregateTestFixture<>(PlanMonitoring.class);
        fixture.registerInjectableResource(theMembershipsOfMonteCremasco());
        fixture.registerInjectableResource(aClockOn(TODAY));
        fixture.registerInjectableResource(new PlansInForce(planId -> {
            if (!planId.equals(PLAN)) {
                throw new UnknownPlan(planId.value());
            }
            return ReplayedPlan.of(planEvents).versionInForce();
        }));
        return fixture;
    }

    @Test
    void recordsTheHeadsCompletionOfAPhaseOfTheVersionInForce() {
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, full(), responsabile()))
                .expectEvents(withOrganisation(
                        new PhaseCompleted(PLAN, 1, OBJECTIVE_6, PHASE_6_1, SEGRETERIA, full(), responsabile())));
    }

    @Test
    void letsTheSegretarioRecordForAnyStructure() {
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompleteObjective(PLAN, OBJECTIVE_7, null, full(), segretario()))
                .expectEvents(withOrganisation(
                        new ObjectiveCompleted(PLAN, 1, OBJECTIVE_7, SEGRETERIA, full(), segretario())));
    }

    @Test
    void rejectsMonitoringOfAPlanNeverAdopted() {
        monitoringOf(aSubmittedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, full(), responsabile()))
                .expectException(PlanNotAdopted.class)
                .expectNoEvents();
    }

    @Test
    void rejectsASecondCompletionAndCorrectsTheFirstWithAReason() {
        Completion corrected = new Completion(JUNE_20, Achievement.of("80"), "Manca un allegato", List.of());
        PhaseCompleted first = new PhaseCompleted(PLAN, 1, OBJECTIVE_6, PHASE_6_1, SEGRETERIA, full(), responsabile());

        monitoringOf(anAdoptedPlan()).given(first)
                .when(new CompletePhase(PLAN, PHASE_6_1, null, full(), responsabile()))
                .expectException(AlreadyCompleted.class)
                .expectNoEvents();
        monitoringOf(anAdoptedPlan()).given(first)
                .when(new CorrectCompletion(PLAN, ElementKind.PHASE, PHASE_6_1.value(), null, corrected, " ",
                        responsabile()))
                .expectException(ReasonRequired.class);
        monitoringOf(anAdoptedPlan()).given(first)
                .when(new CorrectCompletion(PLAN, ElementKind.PHASE, PHASE_6_1.value(), null, corrected,
                        "Verifica del Segretario", responsabile()))
                .expectEvents(withOrganisation(new CompletionCorrected(PLAN, ElementKind.PHASE, PHASE_6_1.value(),
                        SEGRETERIA, full(), corrected, "Verifica del Segretario", responsabile())));
    }

    @Test
    void rejectsTheCorrectionOfWhatWasNeverCompleted() {
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CorrectCompletion(PLAN, ElementKind.PHASE, PHASE_6_2.value(), null, full(), "Rettifica",
                        segretario()))
                .expectException(NotCompleted.class);
    }

    @Test
    void rejectsEveryoneButTheHeadAndTheSegretario() {
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, full(), responsabileTecnica()))
                .expectException(NotHeadOfStructure.class);
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, full(), actingAs(Role.NDV)))
                .expectException(NotAllowed.class);
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, full(), actingAs(Role.GIUNTA)))
                .expectException(NotAllowed.class);
    }

    @Test
    void rejectsADayInTheFutureOrOutsideTheTriennio() {
        Completion tomorrow = new Completion(TODAY.plusDays(1), Achievement.FULL, null, List.of());
        Completion in1999 = new Completion(LocalDate.of(1999, 6, 20), Achievement.FULL, null, List.of());

        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, tomorrow, responsabile()))
                .expectException(DateInFuture.class);
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, in1999, responsabile()))
                .expectException(DateOutsideTriennio.class);
    }

    @Test
    void asksWhichStructureCompletesACommonPhaseAndOnlyForACommonOne() {
        List<Object> adoptedWithCommon = plus(aPlanWithCommonObjective4(), planSubmitted(1), planAdopted(1));

        monitoringOf(adoptedWithCommon).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, COMMON_PHASE_4_1, null, full(), segretario()))
                .expectException(MissingField.class);
        monitoringOf(adoptedWithCommon).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, COMMON_PHASE_4_1, new StructureId("of-another-plan"), full(), segretario()))
                .expectException(UnknownStructure.class);
        monitoringOf(adoptedWithCommon).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, COMMON_PHASE_4_1, SEGRETERIA, full(), responsabile()))
                .expectEvents(withOrganisation(new PhaseCompleted(PLAN, 1, COMMON_4, COMMON_PHASE_4_1, SEGRETERIA,
                        full(), responsabile())));
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, AREA_FINANZIARIA, full(), segretario()))
                .expectException(StructureNotExpected.class);
    }

    @Test
    void completesAnObjectiveOnlyWhenItHasNoPhases() {
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompleteObjective(PLAN, OBJECTIVE_6, null, full(), segretario()))
                .expectException(ObjectiveHasPhases.class);
    }

    @Test
    void monitorsTheAdoptedVersionWhileAVariationIsInDraft() {
        PhaseDefined newPhase = new PhaseDefined(PLAN, OBJECTIVE_7, new it.traccia.kernel.PhaseId("segreteria-7.1"),
                "7.1", "Nuova fase della variazione", it.traccia.kernel.Weight.HUNDRED, null, null, null, segretario());
        List<Object> variation = plus(aVariationOfTheAdoptedPlan(), newPhase);

        monitoringOf(variation).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, newPhase.phaseId(), null, full(), segretario()))
                .expectException(UnknownPhase.class);
        monitoringOf(variation).givenNoPriorActivity()
                .when(new CompleteObjective(PLAN, OBJECTIVE_7, null, full(), segretario()))
                .expectEvents(withOrganisation(
                        new ObjectiveCompleted(PLAN, 1, OBJECTIVE_7, SEGRETERIA, full(), segretario())));
    }

    @Test
    void recordsTheStateOfProgressUntilTheCompletion() {
        ProgressState halfway = new ProgressState(JUNE_20, Achievement.of("50"), "Ricognizione a metà");
        RecordProgress progress = new RecordProgress(PLAN, ElementKind.PHASE, PHASE_6_1.value(), null, halfway,
                responsabile());

        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(progress)
                .expectEvents(withOrganisation(new ProgressRecorded(PLAN, ElementKind.PHASE, PHASE_6_1.value(),
                        SEGRETERIA, halfway, responsabile())));
        monitoringOf(anAdoptedPlan())
                .given(new PhaseCompleted(PLAN, 1, OBJECTIVE_6, PHASE_6_1, SEGRETERIA, full(), responsabile()))
                .when(progress)
                .expectException(AlreadyCompleted.class);
    }

    @Test
    void rejectsACompletionCitingTooManyDocuments() {
        Completion cited = new Completion(JUNE_20, Achievement.FULL, null,
                Collections.nCopies(PlanMonitoring.MAX_EVIDENCE + 1, new EvidenceId("e")));

        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, cited, segretario()))
                .expectException(TooManyEvidence.class);
    }

    @Test
    void storesSupportingDocumentsAndLetsACompletionCiteOnlyThose() {
        String sha256 = "a".repeat(64);
        EvidenceStored stored = new EvidenceStored(PLAN, new EvidenceId("verbale"), sha256, 1200, "verbale.pdf",
                "application/pdf", responsabile());
        Completion citing = new Completion(JUNE_20, Achievement.FULL, null, List.of(new EvidenceId("verbale")));

        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new StoreEvidence(PLAN, new EvidenceId("verbale"), sha256, 1200, "verbale.pdf", "application/pdf",
                        responsabile()))
                .expectEvents(withOrganisation(stored));
        monitoringOf(anAdoptedPlan()).given(stored)
                .when(new CompletePhase(PLAN, PHASE_6_1, null, citing, responsabile()))
                .expectEvents(withOrganisation(
                        new PhaseCompleted(PLAN, 1, OBJECTIVE_6, PHASE_6_1, SEGRETERIA, citing, responsabile())));
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new CompletePhase(PLAN, PHASE_6_1, null, citing, responsabile()))
                .expectException(UnknownEvidence.class);
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new StoreEvidence(PLAN, new EvidenceId("verbale"), sha256, 1200, "verbale.pdf", "application/pdf",
                        actingAs(Role.NDV)))
                .expectException(NotAllowed.class);
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new StoreEvidence(PLAN, new EvidenceId("grande"), sha256, PlanMonitoring.MAX_EVIDENCE_BYTES + 1,
                        "grande.pdf", "application/pdf", responsabile()))
                .expectException(EvidenceTooLarge.class);
        monitoringOf(anAdoptedPlan()).given(stored)
                .when(new StoreEvidence(PLAN, new EvidenceId("verbale"), sha256, 1200, "verbale.pdf", "application/pdf",
                        responsabile()))
                .expectException(DuplicateId.class);
    }

    @Test
    void numbersTheSegretariosVerificheIntermedie() {
        MidYearCheckRecorded first = new MidYearCheckRecorded(PLAN, 1, 1, JUNE_20, "Prima verifica", segretario());

        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new RecordMidYearCheck(PLAN, JUNE_20, "Prima verifica", segretario()))
                .expectEvents(withOrganisation(first))
                .expectResultMessagePayload(1);
        monitoringOf(anAdoptedPlan()).given(first)
                .when(new RecordMidYearCheck(PLAN, TODAY, null, segretario()))
                .expectEvents(withOrganisation(new MidYearCheckRecorded(PLAN, 2, 1, TODAY, null, segretario())));
        monitoringOf(anAdoptedPlan()).givenNoPriorActivity()
                .when(new RecordMidYearCheck(PLAN, JUNE_20, null, responsabile()))
                .expectException(NotAllowed.class);
        monitoringOf(aVariationOfTheAdoptedPlan()).givenNoPriorActivity()
                .when(new RecordMidYearCheck(PLAN, TODAY.plusDays(1), null, segretario()))
                .expectException(DateInFuture.class);
    }

    @Test
    void identifiesTheMonitoringByThePlan() {
        org.assertj.core.api.Assertions.assertThat(MONITORING.value()).isEqualTo("monitoraggio-" + PLAN.value());
    }
}
