package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.aBalancedPlan;
import static it.traccia.plan.command.PlanFixtures.aCheckListing;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aSubmittedPlan;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.anAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.importOfTheRealDraft;
import static it.traccia.plan.command.PlanFixtures.importedId;
import static it.traccia.plan.command.PlanFixtures.objective6Defined;
import static it.traccia.plan.command.PlanFixtures.planDefined;
import static it.traccia.plan.command.PlanFixtures.planSubmitted;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.segreteriaAdded;
import static it.traccia.plan.command.PlanFixtures.theRealDraft;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.violations;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.ResolveImportFinding;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.command.SubmissionCheck;
import it.traccia.kernel.plan.command.SubmitPlan;
import it.traccia.kernel.plan.importing.ImportedPhase;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.PlanNotInDraft;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.StaleVersion;
import it.traccia.kernel.rule.Violation;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Segretario's check of the draft and its submission to the Giunta (trasmissione alla Giunta), on a small balanced
 * plan and on the real Monte Cremasco draft, which cannot go until its defects are fixed.
 */
class PlanSubmissionTest {

    /** What the check of the real draft, as imported, finds wrong: phase 6.1 is late and the three import errors. */
    private static final String[] REAL_DRAFT_PROBLEMS = {
            "PhaseDueAfterObjective Segreteria/6/6.1/deadline",
            "UnresolvedImportFinding importFindings/1",
            "UnresolvedImportFinding importFindings/2",
            "UnresolvedImportFinding importFindings/3"};
    private static final LocalDate END_OF_JUNE = LocalDate.of(2026, 6, 30);
    private static final LocalDate MID_JANUARY = LocalDate.of(2026, 1, 15);

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void submitsABalancedPlanAsVersion1() {
        fixture.given(aBalancedPlan())
                .when(new SubmitPlan(PLAN, 1, segretario()))
                .expectEvents(withOrganisation(planSubmitted(1)));
    }

    @Test
    void rejectsToSubmitAPlanThatBreaksASubmissionRule() {
        // given Segreteria with objective 6 (30) alone
        fixture.given(planDefined(), segreteriaAdded(), objective6Defined())
                .when(new SubmitPlan(PLAN, 1, segretario()))
                .expectException(RuleViolations.class)
                .expectException(violations("WeightsDoNotSumToHundred Segreteria/objectives/weight"))
                .expectExceptionMessage("La somma dei pesi per gli obiettivi di Segreteria è 30, non 100")
                .expectNoEvents();
    }

    @Test
    void rejectsToSubmitTwice() {
        fixture.given(aSubmittedPlan())
                .when(new SubmitPlan(PLAN, 1, segretario()))
                .expectException(PlanNotInDraft.class)
                .expectExceptionMessage("Il piano non è in bozza (stato SUBMITTED): non si può modificare")
                .expectNoEvents();
    }

    @Test
    void rejectsToSubmitAnAdoptedPlan() {
        fixture.given(anAdoptedPlan())
                .when(new SubmitPlan(PLAN, 1, segretario()))
                .expectException(PlanNotInDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejectsASubmissionOfAVersionThePlanIsNotAt() {
        fixture.given(aBalancedPlan())
                .when(new SubmitPlan(PLAN, 2, segretario()))
                .expectException(violation(StaleVersion.class, "version"))
                .expectExceptionMessage("Il piano è ora alla versione 1, non alla 2: ricarica e riprova")
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsASubmissionByAnyoneButTheSegretario(Role role) {
        fixture.given(aBalancedPlan())
                .when(new SubmitPlan(PLAN, 1, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsACheckByAnyoneButTheSegretario(Role role) {
        fixture.given(aBalancedPlan())
                .when(new CheckPlanSubmission(PLAN, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsToCheckAPlanAlreadySubmitted() {
        fixture.given(aSubmittedPlan())
                .when(new CheckPlanSubmission(PLAN, segretario()))
                .expectException(PlanNotInDraft.class)
                .expectNoEvents();
    }

    @Test
    void listsWhatIsWrongWithTheRealDraftAsImported() {
        List<Violation> found = new ArrayList<>();

        // given the real draft imported, when the Segretario checks it
        fixture.givenCommands(importOfTheRealDraft())
                .when(new CheckPlanSubmission(PLAN, segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayloadMatching(keptInto(found));

        // then phase 6.1 is late and the three errors of the import are unresolved; weights and texts are complete
        assertThat(found).extracting(violation -> violation.code() + " " + violation.field())
                .containsExactly(REAL_DRAFT_PROBLEMS);
        assertThat(found.get(0).message())
                .isEqualTo("La fase 6.1 di Segreteria scade il 31.12.2026, dopo il suo obiettivo (31.01.2026)");
        assertThat(found.get(1).message()).startsWith("Il rilievo di importazione n. 1 (InvalidDate) non è risolto: ")
                .contains("31.06.2026", "fase 1.1", "Segreteria");
        assertThat(found.get(2).message()).startsWith("Il rilievo di importazione n. 2 (PhaseDueAfterObjective) non è "
                + "risolto: ").contains("6.1", "31.12.2026", "31.01.2026");
        assertThat(found.get(3).message()).startsWith("Il rilievo di importazione n. 3 (InvalidDate) non è risolto: ")
                .contains("31.06.2026", "obiettivi comuni");
    }

    @Test
    void rejectsToSubmitTheRealDraftAsImportedWithEveryProblem() {
        fixture.givenCommands(importOfTheRealDraft())
                .when(new SubmitPlan(PLAN, 1, segretario()))
                .expectException(RuleViolations.class)
                .expectException(violations(REAL_DRAFT_PROBLEMS))
                .expectNoEvents();
    }

    @Test
    void stillFindsPhase61LateWhenOnlyTheFindingsAreResolved() {
        fixture.givenCommands(importOfTheRealDraft())
                .andGivenCommands(resolveTheThreeFindings())
                .when(new CheckPlanSubmission(PLAN, segretario()))
                .expectResultMessagePayloadMatching(aCheckListing("PhaseDueAfterObjective Segreteria/6/6.1/deadline"));
    }

    @Test
    void stillFindsTheUnresolvedFindingsWhenOnlyTheDatesAreFixed() {
        fixture.givenCommands(importOfTheRealDraft())
                .andGivenCommands(fixTheThreeDates())
                .when(new CheckPlanSubmission(PLAN, segretario()))
                .expectResultMessagePayloadMatching(aCheckListing("UnresolvedImportFinding importFindings/1",
                        "UnresolvedImportFinding importFindings/2", "UnresolvedImportFinding importFindings/3"));
    }

    @Test
    void passesTheRealDraftOnceItsDatesAreFixedAndItsFindingsResolved() {
        fixture.givenCommands(importOfTheRealDraft())
                .andGivenCommands(fixTheThreeDates())
                .andGivenCommands(resolveTheThreeFindings())
                .when(new CheckPlanSubmission(PLAN, segretario()))
                .expectNoEvents()
                .expectResultMessagePayload(new SubmissionCheck(List.of()));
    }

    @Test
    void submitsTheRealDraftOnceFixed() {
        fixture.givenCommands(importOfTheRealDraft())
                .andGivenCommands(fixTheThreeDates())
                .andGivenCommands(resolveTheThreeFindings())
                .when(new SubmitPlan(PLAN, 1, segretario()))
                .expectEvents(withOrganisation(planSubmitted(1)));
    }

    /**
     * The dates as the Segretario corrects them: 31.06.2026, which does not exist, becomes 30.06.2026 for phase 1.1 of
     * Segreteria and of the common objectives; phase 6.1 moves to 15.01.2026, before its objective's 31.01.2026.
     */
    private static List<Object> fixTheThreeDates() {
        ImportedPlan draft = theRealDraft().plan();
        ImportedPhase segreteria11 = draft.structures().get(0).objectives().get(0).phases().get(0);
        ImportedPhase segreteria61 = draft.structures().get(0).objectives().get(5).phases().get(0);
        ImportedPhase common11 = draft.commonObjectives().get(0).phases().get(0);
        return List.of(
                revised(segreteria11, "structure/1/objective/1/phase/1.1", END_OF_JUNE, "Il 31 giugno non esiste"),
                revised(segreteria61, "structure/1/objective/6/phase/6.1", MID_JANUARY, "Prima del PIAO"),
                revised(common11, "common/objective/1/phase/1.1", END_OF_JUNE, "Il 31 giugno non esiste"));
    }

    private static List<Object> resolveTheThreeFindings() {
        return List.of(
                new ResolveImportFinding(PLAN, 1, "Data corretta al 30.06.2026", segretario()),
                new ResolveImportFinding(PLAN, 2, "Fase 6.1 anticipata al 15.01.2026", segretario()),
                new ResolveImportFinding(PLAN, 3, "Data corretta al 30.06.2026", segretario()));
    }

    private static RevisePhase revised(ImportedPhase phase, String position, LocalDate deadline, String reason) {
        return new RevisePhase(PLAN, new PhaseId(importedId(position)), phase.description(), phase.indicator(),
                phase.target(), deadline, reason, null, segretario());
    }

    /** Matches any check and keeps its violations, so that the test can look at each. */
    private static BaseMatcher<Object> keptInto(List<Violation> sink) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object answer) {
                sink.addAll(((SubmissionCheck) answer).violations());
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any submission check");
            }
        };
    }
}
