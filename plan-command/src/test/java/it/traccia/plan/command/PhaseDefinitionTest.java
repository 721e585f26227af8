package it.traccia.plan.command;

import static it.traccia.kernel.ObjectiveKind.DEVELOPMENT;
import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.END_OF_2026;
import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1_TARGET;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1_TEXT;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_2;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_2_TEXT;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.TWENTY;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithPhases6_1And6_2;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.areaFinanziariaAdded;
import static it.traccia.plan.command.PlanFixtures.phase61Defined;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.DuplicateNumber;
import it.traccia.kernel.rule.InvalidNumber;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.PhaseNumberOutsideObjective;
import it.traccia.kernel.rule.TextTooLong;
import it.traccia.kernel.rule.UnknownObjective;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseDefinitionTest {

    private static final PhaseId PHASE_6_3 = new PhaseId("segreteria-6.3");
    private static final String PHASE_6_3_TEXT = "Pubblicazione del piano approvato.";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void definesPhase6Point1OfObjective6() {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_1, "6.1", PHASE_6_1_TEXT, FIFTY, PHASE_6_1_TEXT,
                        PHASE_6_1_TARGET, END_OF_2026, segretario()))
                .expectEvents(withOrganisation(phase61Defined()));
    }

    @Test
    void recordsTheResponsabileWhoDefinedThePhase() {
        fixture.given(plus(aPlanWithObjective6(), phase61Defined()))
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_2, "6.2", PHASE_6_2_TEXT, FIFTY, null, null, null,
                        responsabile()))
                .expectEvents(withOrganisation(new PhaseDefined(PLAN, OBJECTIVE_6, PHASE_6_2, "6.2", PHASE_6_2_TEXT, FIFTY,
                        null, null, null, responsabile())));
    }

    @Test
    void acceptsAPhaseWithoutIndicatorTargetOrDeadlineInADraft() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(definePhase6Point3("6.3", segretario()))
                .expectEvents(withOrganisation(new PhaseDefined(PLAN, OBJECTIVE_6, PHASE_6_3, "6.3", PHASE_6_3_TEXT, TWENTY,
                        null, null, null, segretario())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "6.", "6.1.", "6,1", "6.a", "1000.1", "6.1000", "6.1.1", ".1"})
    void rejectsANumberNotWrittenAsObjectiveDotPhase(String number) {
        fixture.given(aPlanWithObjective6())
                .when(definePhase6Point3(number, segretario()))
                .expectException(violation(InvalidNumber.class, "number"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.1", "7.3", "16.3"})
    void rejectsAPhaseNumberOutsideItsObjective(String number) {
        fixture.given(aPlanWithObjective6())
                .when(definePhase6Point3(number, segretario()))
                .expectException(violation(PhaseNumberOutsideObjective.class, "number"))
                .expectExceptionMessage("La fase '" + number + "' non appartiene all'obiettivo 6: deve essere numerata 6.N")
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.01", "06.1"})
    void rejectsDuplicatePhaseNumber(String number) {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(definePhase6Point3(number, segretario()))
                .expectException(violation(DuplicateNumber.class, "number"))
                .expectNoEvents();
    }

    @Test
    void acceptsTheNumberOfARemovedPhase() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), new PhaseRemoved(PLAN, OBJECTIVE_6, PHASE_6_2, null, segretario())))
                .when(definePhase6Point3("6.2", segretario()))
                .expectEvents(withOrganisation(new PhaseDefined(PLAN, OBJECTIVE_6, PHASE_6_3, "6.2", PHASE_6_3_TEXT, TWENTY,
                        null, null, null, segretario())));
    }

    @Test
    void acceptsTheSamePhaseNumberUnderAnotherObjectiveWithTheSameNumber() {
        ObjectiveId finanziaria6 = new ObjectiveId("area-finanziaria-6");
        PhaseId finanziaria61 = new PhaseId("area-finanziaria-6.1");
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        areaFinanziariaAdded(),
                        new ObjectiveDefined(PLAN, AREA_FINANZIARIA, finanziaria6, "6", DEVELOPMENT,
                                "Rendiconto.", TWENTY, null, null, null, segretario())))
                .when(new DefinePhase(PLAN, finanziaria6, finanziaria61, "6.1", "Approvazione.", FIFTY, null, null, null,
                        segretario()))
                .expectEvents(withOrganisation(new PhaseDefined(PLAN, finanziaria6, finanziaria61, "6.1", "Approvazione.",
                        FIFTY, null, null, null, segretario())));
    }

    @Test
    void rejectsAnIdAlreadyUsedByAPhase() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_1, "6.3", PHASE_6_3_TEXT, TWENTY, null, null, null,
                        segretario()))
                .expectException(violation(DuplicateId.class, "phaseId"))
                .expectNoEvents();
    }

    @Test
    void rejectsTheIdOfARemovedPhase() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), new PhaseRemoved(PLAN, OBJECTIVE_6, PHASE_6_2, null, segretario())))
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_2, "6.3", PHASE_6_3_TEXT, TWENTY, null, null, null,
                        segretario()))
                .expectException(violation(DuplicateId.class, "phaseId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnIdAlreadyUsedByAStructure() {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, new PhaseId(SEGRETERIA.value()), "6.3", PHASE_6_3_TEXT, TWENTY,
                        null, null, null, segretario()))
                .expectException(violation(DuplicateId.class, "phaseId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAPhaseOfAnObjectiveThePlanDoesNotHave() {
        fixture.given(aPlanWithSegreteria())
                .when(definePhase6Point3("6.3", segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAPhaseOfARemovedObjective() {
        fixture.given(plus(aPlanWithObjective6(), new ObjectiveRemoved(PLAN, OBJECTIVE_6, null, segretario())))
                .when(definePhase6Point3("6.3", segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAPhaseWithoutObjective() {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, null, PHASE_6_3, "6.3", PHASE_6_3_TEXT, TWENTY, null, null, null, segretario()))
                .expectException(violation(MissingField.class, "objectiveId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAPhaseWithoutId() {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, null, "6.3", PHASE_6_3_TEXT, TWENTY, null, null, null, segretario()))
                .expectException(violation(MissingField.class, "phaseId"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAPhaseWithoutNumber(String number) {
        fixture.given(aPlanWithObjective6())
                .when(definePhase6Point3(number, segretario()))
                .expectException(violation(MissingField.class, "number"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAPhaseWithoutDescription(String description) {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_3, "6.3", description, TWENTY, null, null, null,
                        segretario()))
                .expectException(violation(MissingField.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsAPhaseWithoutWeight() {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_3, "6.3", PHASE_6_3_TEXT, null, null, null, null,
                        segretario()))
                .expectException(violation(MissingField.class, "weight"))
                .expectNoEvents();
    }

    @Test
    void rejectsANumberLongerThan200Characters() {
        fixture.given(aPlanWithObjective6())
                .when(definePhase6Point3("6." + "1".repeat(199), segretario()))
                .expectException(violation(TextTooLong.class, "number"))
                .expectNoEvents();
    }

    @Test
    void rejectsADescriptionLongerThan4000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_3, "6.3", "D".repeat(4001), TWENTY, null, null, null,
                        segretario()))
                .expectException(violation(TextTooLong.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnIndicatorLongerThan4000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_3, "6.3", PHASE_6_3_TEXT, TWENTY, "I".repeat(4001), null,
                        null, segretario()))
                .expectException(violation(TextTooLong.class, "indicator"))
                .expectNoEvents();
    }

    @Test
    void rejectsATargetLongerThan4000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_3, "6.3", PHASE_6_3_TEXT, TWENTY, null, "T".repeat(4001),
                        null, segretario()))
                .expectException(violation(TextTooLong.class, "target"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GIUNTA", "NDV", "SYSTEM"})
    void rejectsAPhaseDefinedByAnyoneButSegretarioOrResponsabile(Role role) {
        fixture.given(aPlanWithObjective6())
                .when(definePhase6Point3("6.3", actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    private static DefinePhase definePhase6Point3(String number, Actor actor) {
        return new DefinePhase(PLAN, OBJECTIVE_6, PHASE_6_3, number, PHASE_6_3_TEXT, TWENTY, null, null, null, actor);
    }
}
