package it.traccia.plan.command;

import static it.traccia.kernel.ObjectiveKind.DEVELOPMENT;
import static it.traccia.kernel.ObjectiveKind.LEGAL_OBLIGATION;
import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.COMMON_4;
import static it.traccia.plan.command.PlanFixtures.COMMON_4_TEXT;
import static it.traccia.plan.command.PlanFixtures.COMMON_PHASE_4_1;
import static it.traccia.plan.command.PlanFixtures.COMMON_PHASE_4_1_TEXT;
import static it.traccia.plan.command.PlanFixtures.END_OF_2026;
import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.HUNDRED;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_7;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_7_TEXT;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_2;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.SEVENTY;
import static it.traccia.plan.command.PlanFixtures.aBalancedPlan;
import static it.traccia.plan.command.PlanFixtures.aCheckListing;
import static it.traccia.plan.command.PlanFixtures.aDraftPlan;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.areaFinanziariaAdded;
import static it.traccia.plan.command.PlanFixtures.common4Defined;
import static it.traccia.plan.command.PlanFixtures.commonPhase41Defined;
import static it.traccia.plan.command.PlanFixtures.objective6Defined;
import static it.traccia.plan.command.PlanFixtures.phase61Defined;
import static it.traccia.plan.command.PlanFixtures.phase62Defined;
import static it.traccia.plan.command.PlanFixtures.planDefined;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.segreteriaAdded;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.SubmissionCheck;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.ImportFindingResolved;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.rule.Violation;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Each rule a plan must meet before it goes to the Giunta (regole di trasmissione), asked through the Segretario's
 * check, which lists every broken rule in the plan's order and changes nothing.
 */
class SubmissionRulesTest {

    private static final ObjectiveId COMMON_1 = new ObjectiveId("comune-1");

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void findsNothingWrongWithABalancedPlan() {
        fixture.given(aBalancedPlan())
                .when(check())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new SubmissionCheck(List.of()))
                .expectNoEvents();
    }

    @Test
    void reportsAPlanWithoutObjectives() {
        fixture.given(aDraftPlan())
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing("EmptyPlan objectives"))
                .expectNoEvents();
    }

    @Test
    void reportsAPlanWhoseOnlyStructureHasNoObjectives() {
        fixture.given(aPlanWithSegreteria())
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing("EmptyPlan objectives"));
    }

    @Test
    void acceptsAStructureWithoutObjectivesBesideOnesThatHaveThem() {
        fixture.given(plus(aBalancedPlan(), areaFinanziariaAdded()))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing());
    }

    @Test
    void acceptsAPlanWithOnlyCommonObjectives() {
        fixture.given(planDefined(), commonObjective(COMMON_1, "1", HUNDRED, "Indicatore", "Target", END_OF_2026))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing());
    }

    @Test
    void reportsTheObjectivesOfAStructureThatDoNotSumToHundred() {
        // given Segreteria with objective 6 (30) alone
        fixture.given(planDefined(), segreteriaAdded(), objective6Defined())
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(new Violation(
                        "Segreteria/objectives/weight", "WeightsDoNotSumToHundred",
                        "La somma dei pesi per gli obiettivi di Segreteria è 30, non 100"))));
    }

    @Test
    void addsWeightsExactlyWithoutRounding() {
        // given three objectives of 33.33: 99.99, not 100
        fixture.given(planDefined(), segreteriaAdded(), segreteriaObjective("1", "33.33"),
                        segreteriaObjective("2", "33.33"), segreteriaObjective("3", "33.33"))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(new Violation(
                        "Segreteria/objectives/weight", "WeightsDoNotSumToHundred",
                        "La somma dei pesi per gli obiettivi di Segreteria è 99.99, non 100"))));
    }

    @Test
    void acceptsWeightsWithDecimalsThatSumToExactlyHundred() {
        fixture.given(planDefined(), segreteriaAdded(), segreteriaObjective("1", "33.33"),
                        segreteriaObjective("2", "33.33"), segreteriaObjective("3", "33.34"))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing());
    }

    @Test
    void reportsThePhasesOfAnObjectiveThatDoNotSumToHundred() {
        // given the balanced plan without phase 6.2: phase 6.1 alone weighs 50
        fixture.given(plus(aBalancedPlan(), new PhaseRemoved(PLAN, OBJECTIVE_6, PHASE_6_2, null, segretario())))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(new Violation(
                        "Segreteria/6/phases/weight", "WeightsDoNotSumToHundred",
                        "La somma dei pesi per le fasi dell'obiettivo 6 di Segreteria è 50, non 100"))));
    }

    @Test
    void acceptsAnObjectiveWithoutPhases() {
        // given the balanced plan, whose objective 7 has no phases
        fixture.given(aBalancedPlan())
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing());
    }

    @Test
    void reportsCommonObjectivesThatDoNotSumToHundred() {
        // given the balanced plan and common objective 4 alone, weighing 20
        fixture.given(plus(aBalancedPlan(), common4Defined(), commonPhase41Defined()))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(new Violation(
                        "common/objectives/weight", "WeightsDoNotSumToHundred",
                        "La somma dei pesi per gli obiettivi comuni è 20, non 100"))));
    }

    @Test
    void reportsThePhasesOfACommonObjectiveThatDoNotSumToHundred() {
        fixture.given(plus(aBalancedPlan(),
                        commonObjective(COMMON_4, "4", HUNDRED, "Tempi medi di pagamento.", "Entro 30 gg.", END_OF_2026),
                        new PhaseDefined(PLAN, COMMON_4, COMMON_PHASE_4_1, "4.1", COMMON_PHASE_4_1_TEXT, FIFTY, null, null,
                                END_OF_2026, segretario())))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(new Violation(
                        "common/4/phases/weight", "WeightsDoNotSumToHundred",
                        "La somma dei pesi per le fasi dell'obiettivo comune 4 è 50, non 100"))));
    }

    @Test
    void reportsAnObjectiveWithoutIndicatorsTargetsOrDeadline() {
        // given objective 7 with no indicators, blank targets and no deadline
        fixture.given(planDefined(), segreteriaAdded(), objective6Defined(), PlanFixtures.phase61DefinedOnTime(),
                        phase62Defined(), new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_7, "7", DEVELOPMENT,
                                OBJECTIVE_7_TEXT, SEVENTY, null, "   ", null, segretario()))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(
                        new Violation("Segreteria/7/indicators", "MissingIndicator",
                                "L'obiettivo 7 di Segreteria non ha un indicatore"),
                        new Violation("Segreteria/7/targets", "MissingTarget", "L'obiettivo 7 di Segreteria non ha un target"),
                        new Violation("Segreteria/7/deadline", "MissingDeadline",
                                "L'obiettivo 7 di Segreteria non ha una scadenza"))));
    }

    @Test
    void reportsACommonObjectiveWithoutIndicatorsTargetsOrDeadline() {
        fixture.given(plus(aBalancedPlan(), commonObjective(COMMON_1, "1", HUNDRED, " ", null, null)))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(
                        new Violation("common/1/indicators", "MissingIndicator", "L'obiettivo comune 1 non ha un indicatore"),
                        new Violation("common/1/targets", "MissingTarget", "L'obiettivo comune 1 non ha un target"),
                        new Violation("common/1/deadline", "MissingDeadline", "L'obiettivo comune 1 non ha una scadenza"))));
    }

    @Test
    void reportsAPhaseDueAfterItsObjective() {
        // given phase 6.1 due 31.12.2026 under objective 6 due 31.01.2026, as in the real draft
        fixture.given(planDefined(), segreteriaAdded(), objective6Defined(), phase61Defined(), phase62Defined(),
                        PlanFixtures.objective7Defined())
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(new Violation(
                        "Segreteria/6/6.1/deadline", "PhaseDueAfterObjective",
                        "La fase 6.1 di Segreteria scade il 31.12.2026, dopo il suo obiettivo (31.01.2026)"))));
    }

    @Test
    void reportsACommonPhaseDueAfterItsObjective() {
        fixture.given(plus(aBalancedPlan(),
                        commonObjective(COMMON_4, "4", HUNDRED, "Tempi medi di pagamento.", "Entro 30 gg.",
                                LocalDate.of(2026, 6, 30)),
                        commonPhase41Defined()))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(new Violation(
                        "common/4/4.1/deadline", "PhaseDueAfterObjective",
                        "La fase 4.1 degli obiettivi comuni scade il 31.12.2026, dopo il suo obiettivo (30.06.2026)"))));
    }

    @Test
    void comparesNoDeadlineThatIsMissing() {
        // given phase 6.1 without deadline, and objective 7 without deadline over a phase due at the end of the year
        fixture.given(planDefined(), segreteriaAdded(), objective6Defined(),
                        new PhaseDefined(PLAN, OBJECTIVE_6, new PhaseId("segreteria-6.1"), "6.1", "Ricognizione.", FIFTY,
                                null, null, null, segretario()),
                        phase62Defined(),
                        new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_7, "7", DEVELOPMENT, OBJECTIVE_7_TEXT, SEVENTY,
                                "Indicatore", "Target", null, segretario()),
                        new PhaseDefined(PLAN, OBJECTIVE_7, new PhaseId("segreteria-7.1"), "7.1", "Contrattazione.",
                                HUNDRED, null, null, END_OF_2026, segretario()))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing("MissingDeadline Segreteria/7/deadline"));
    }

    @Test
    void reportsImportErrorsNobodyResolvedButNotWarnings() {
        // given an import with a warning, an error that was resolved and one that was not
        List<Object> given = new ArrayList<>(aBalancedPlan());
        given.add(1, imported(warning(), error("InvalidDate"), error("MissingDeadline")));
        given.add(new ImportFindingResolved(PLAN, 2, "InvalidDate", "Data corretta", segretario()));
        fixture.given(given)
                .when(check())
                .expectResultMessagePayloadMatching(aCheckReporting(List.of(new Violation(
                        "importFindings/3", "UnresolvedImportFinding",
                        "Il rilievo di importazione n. 3 (MissingDeadline) non è risolto: Errore MissingDeadline"))));
    }

    @Test
    void listsEveryProblemInThePlansOrder() {
        // given Segreteria unbalanced with a late phase, Area Finanziaria's objective 1 without deadline, common objective
        // 4 alone at 20, and an unresolved import error; objective 7 defined before objective 6
        fixture.given(planDefined(), imported(error("InvalidDate")), segreteriaAdded(), areaFinanziariaAdded(),
                        new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_7, "7", DEVELOPMENT, OBJECTIVE_7_TEXT,
                                Weight.of("20"), null, "Target", END_OF_2026, segretario()),
                        objective6Defined(), phase61Defined(), phase62Defined(),
                        new ObjectiveDefined(PLAN, AREA_FINANZIARIA, new ObjectiveId("area-finanziaria-1"), "1",
                                LEGAL_OBLIGATION, "Rendiconto.", HUNDRED, "Approvazione", "Entro il 30 aprile", null,
                                segretario()),
                        common4Defined(), commonPhase41Defined())
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing(
                        "WeightsDoNotSumToHundred Segreteria/objectives/weight",
                        "PhaseDueAfterObjective Segreteria/6/6.1/deadline",
                        "MissingIndicator Segreteria/7/indicators",
                        "MissingDeadline Area Finanziaria/1/deadline",
                        "WeightsDoNotSumToHundred common/objectives/weight",
                        "UnresolvedImportFinding importFindings/1"));
    }

    @Test
    void reportsTheEmptyPlanBeforeTheImportErrors() {
        fixture.given(planDefined(), imported(error("MissingObjectives")))
                .when(check())
                .expectResultMessagePayloadMatching(aCheckListing("EmptyPlan objectives",
                        "UnresolvedImportFinding importFindings/1"));
    }

    @Test
    void changesNothing() {
        fixture.given(planDefined(), segreteriaAdded(), objective6Defined())
                .when(check())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectState(plan -> assertThat(plan.contents().objectivesOf(SEGRETERIA)).hasSize(1));
    }

    private static CheckPlanSubmission check() {
        return new CheckPlanSubmission(PLAN, segretario());
    }

    private static ObjectiveDefined segreteriaObjective(String number, String weight) {
        return new ObjectiveDefined(PLAN, SEGRETERIA, new ObjectiveId("segreteria-" + number), number, LEGAL_OBLIGATION,
                "Obiettivo " + number + ".", Weight.of(weight), "Indicatore", "Target", END_OF_2026, segretario());
    }

    private static CommonObjectiveDefined commonObjective(ObjectiveId id, String number, Weight weight, String indicators,
                                                          String targets, LocalDate deadline) {
        return new CommonObjectiveDefined(PLAN, id, number, LEGAL_OBLIGATION, COMMON_4_TEXT, weight, indicators, targets,
                deadline, segretario());
    }

    private static PlanImported imported(ImportFinding... findings) {
        return new PlanImported(PLAN, new ImportSource("bozza.txt", "0".repeat(64), 1), List.of(findings), segretario());
    }

    private static ImportFinding error(String code) {
        return new ImportFinding(FindingSeverity.ERROR, code, 21, "Segreteria", "1", "1.1", "Errore " + code);
    }

    private static ImportFinding warning() {
        return new ImportFinding(FindingSeverity.WARNING, "UnknownMission", 16, "Segreteria", null, null, "Avviso");
    }

    /** A check answering exactly these violations, messages included. */
    private static Matcher<Object> aCheckReporting(List<Violation> expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object answer) {
                return answer instanceof SubmissionCheck check && check.violations().equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a submission check listing " + expected);
            }

            @Override
            protected void describeMismatchSafely(Object answer, Description mismatch) {
                mismatch.appendValue(answer instanceof SubmissionCheck check ? new ArrayList<>(check.violations()) : answer);
            }
        };
    }
}
