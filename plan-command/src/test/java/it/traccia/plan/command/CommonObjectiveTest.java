package it.traccia.plan.command;

import static it.traccia.kernel.ObjectiveKind.LEGAL_OBLIGATION;
import static it.traccia.plan.command.PlanFixtures.COMMON_4;
import static it.traccia.plan.command.PlanFixtures.COMMON_4_TEXT;
import static it.traccia.plan.command.PlanFixtures.COMMON_PHASE_4_1;
import static it.traccia.plan.command.PlanFixtures.COMMON_PHASE_4_1_TEXT;
import static it.traccia.plan.command.PlanFixtures.END_OF_2026;
import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.HUNDRED;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.TWENTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithCommonObjective4;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.command.RemovePhase;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.DuplicateNumber;
import it.traccia.kernel.rule.InvalidNumber;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.TextTooLong;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CommonObjectiveTest {

    private static final ObjectiveId COMMON_5 = new ObjectiveId("comune-5");
    private static final String COMMON_5_TEXT = "Formazione obbligatoria per tutti i dipendenti.";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void definesACommonObjective() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineCommonObjective(PLAN, COMMON_4, "4", LEGAL_OBLIGATION, COMMON_4_TEXT, TWENTY,
                        "Tempi medi di pagamento dell'ente.", "Tempi medi di pagamento entro i 30 gg.", END_OF_2026,
                        segretario()))
                .expectEvents(withOrganisation(new CommonObjectiveDefined(PLAN, COMMON_4, "4", LEGAL_OBLIGATION,
                        COMMON_4_TEXT, TWENTY, "Tempi medi di pagamento dell'ente.",
                        "Tempi medi di pagamento entro i 30 gg.", END_OF_2026, segretario())));
    }

    @Test
    void acceptsACommonObjectiveWithoutIndicatorsTargetsOrDeadlineInADraft() {
        fixture.given(aPlanWithSegreteria())
                .when(defineCommon5("5", segretario()))
                .expectEvents(withOrganisation(new CommonObjectiveDefined(PLAN, COMMON_5, "5", LEGAL_OBLIGATION,
                        COMMON_5_TEXT, TWENTY, null, null, null, segretario())));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsACommonObjectiveDefinedByAnyoneButTheSegretario(Role role) {
        fixture.given(aPlanWithSegreteria())
                .when(defineCommon5("5", actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsACommonObjectiveWithoutNumber(String number) {
        fixture.given(aPlanWithSegreteria())
                .when(defineCommon5(number, segretario()))
                .expectException(violation(MissingField.class, "number"))
                .expectNoEvents();
    }

    @Test
    void rejectsACommonObjectiveWithoutId() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineCommonObjective(PLAN, null, "5", LEGAL_OBLIGATION, COMMON_5_TEXT, TWENTY, null, null, null,
                        segretario()))
                .expectException(violation(MissingField.class, "objectiveId"))
                .expectNoEvents();
    }

    @Test
    void rejectsACommonObjectiveWithoutKind() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineCommonObjective(PLAN, COMMON_5, "5", null, COMMON_5_TEXT, TWENTY, null, null, null,
                        segretario()))
                .expectException(violation(MissingField.class, "kind"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsACommonObjectiveWithoutDescription(String description) {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineCommonObjective(PLAN, COMMON_5, "5", LEGAL_OBLIGATION, description, TWENTY, null, null,
                        null, segretario()))
                .expectException(violation(MissingField.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsACommonObjectiveWithoutWeight() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineCommonObjective(PLAN, COMMON_5, "5", LEGAL_OBLIGATION, COMMON_5_TEXT, null, null, null,
                        null, segretario()))
                .expectException(violation(MissingField.class, "weight"))
                .expectNoEvents();
    }

    @Test
    void rejectsACommonDescriptionLongerThan4000Characters() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineCommonObjective(PLAN, COMMON_5, "5", LEGAL_OBLIGATION, "D".repeat(4001), TWENTY, null,
                        null, null, segretario()))
                .expectException(violation(TextTooLong.class, "description"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.", "5.1", "cinque"})
    void rejectsACommonNumberThatIsNotAWholeNumber(String number) {
        fixture.given(aPlanWithSegreteria())
                .when(defineCommon5(number, segretario()))
                .expectException(violation(InvalidNumber.class, "number"))
                .expectNoEvents();
    }

    @Test
    void rejectsTheNumberOfAnotherCommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(defineCommon5("4", segretario()))
                .expectException(violation(DuplicateNumber.class, "number"))
                .expectNoEvents();
    }

    @Test
    void acceptsTheNumberOfAStructureObjective() {
        fixture.given(aPlanWithObjective6())
                .when(defineCommon5("6", segretario()))
                .expectEvents(withOrganisation(new CommonObjectiveDefined(PLAN, COMMON_5, "6", LEGAL_OBLIGATION,
                        COMMON_5_TEXT, TWENTY, null, null, null, segretario())));
    }

    @Test
    void rejectsTheIdOfAStructureObjective() {
        fixture.given(aPlanWithObjective6())
                .when(new DefineCommonObjective(PLAN, OBJECTIVE_6, "5", LEGAL_OBLIGATION, COMMON_5_TEXT, TWENTY, null,
                        null, null, segretario()))
                .expectException(violation(DuplicateId.class, "objectiveId"))
                .expectNoEvents();
    }

    @Test
    void letsTheSegretarioChangeTheWeightOfACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new ChangeObjectiveWeight(PLAN, COMMON_4, TWENTY_FIVE, "Riequilibrio", 1L, segretario()))
                .expectEvents(withOrganisation(new ObjectiveWeightChanged(PLAN, COMMON_4, TWENTY, TWENTY_FIVE,
                        "Riequilibrio", 2, segretario())));
    }

    @Test
    void letsTheSegretarioDefineAPhaseOfACommonObjective() {
        PhaseId phase42 = new PhaseId("comune-4.2");
        fixture.given(aPlanWithCommonObjective4())
                .when(new DefinePhase(PLAN, COMMON_4, phase42, "4.2", "Verifica trimestrale.", FIFTY, null, null, null,
                        segretario()))
                .expectEvents(withOrganisation(new PhaseDefined(PLAN, COMMON_4, phase42, "4.2", "Verifica trimestrale.",
                        FIFTY, null, null, null, segretario())));
    }

    @Test
    void rejectsAResponsabileChangingTheWeightOfACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new ChangeObjectiveWeight(PLAN, COMMON_4, TWENTY_FIVE, "Riequilibrio", null, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAResponsabileRevisingACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new ReviseObjective(PLAN, COMMON_4, LEGAL_OBLIGATION, "Altro testo", null, null, null, null, null,
                        responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAResponsabileRemovingACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new RemoveObjective(PLAN, COMMON_4, null, null, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAResponsabileDefiningAPhaseOfACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new DefinePhase(PLAN, COMMON_4, new PhaseId("comune-4.2"), "4.2", "Verifica trimestrale.", FIFTY,
                        null, null, null, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAResponsabileChangingTheWeightOfAPhaseOfACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new ChangePhaseWeight(PLAN, COMMON_PHASE_4_1, FIFTY, "Nuova fase in arrivo", null, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAResponsabileRevisingAPhaseOfACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new RevisePhase(PLAN, COMMON_PHASE_4_1, COMMON_PHASE_4_1_TEXT + " Trimestrale.", null, null, null,
                        null, null, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAResponsabileRemovingAPhaseOfACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new RemovePhase(PLAN, COMMON_PHASE_4_1, null, null, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAResponsabileEvenWhenThePhaseWeightOfACommonObjectiveWouldNotChange() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new ChangePhaseWeight(PLAN, COMMON_PHASE_4_1, HUNDRED, "Nessun cambio", null, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    private static DefineCommonObjective defineCommon5(String number, Actor actor) {
        return new DefineCommonObjective(PLAN, COMMON_5, number, LEGAL_OBLIGATION, COMMON_5_TEXT, TWENTY, null, null, null,
                actor);
    }
}
