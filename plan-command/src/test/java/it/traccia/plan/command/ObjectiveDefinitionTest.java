package it.traccia.plan.command;

import static it.traccia.kernel.ObjectiveKind.DEVELOPMENT;
import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.COMMON_4;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_DEADLINE;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_INDICATORS;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_TARGETS;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_TEXT;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.THIRTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithCommonObjective4;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithPhases6_1And6_2;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.areaFinanziariaAdded;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.DuplicateNumber;
import it.traccia.kernel.rule.InvalidNumber;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.TextTooLong;
import it.traccia.kernel.rule.UnknownStructure;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectiveDefinitionTest {

    private static final ObjectiveId OBJECTIVE_7 = new ObjectiveId("segreteria-7");
    private static final String OBJECTIVE_7_TEXT = "Gestione e coordinamento della contrattazione decentrata integrativa.";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void definesObjective6OfTheSegreteria() {
        fixture.given(aPlanWithSegreteria())
                .when(defineObjective6(segretario()))
                .expectEvents(withOrganisation(new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT,
                        OBJECTIVE_6_TEXT, THIRTY, OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS, OBJECTIVE_6_DEADLINE,
                        segretario())));
    }

    @Test
    void recordsTheResponsabileWhoDefinedTheObjective() {
        fixture.given(aPlanWithSegreteria())
                .when(defineObjective6(responsabile()))
                .expectEvents(withOrganisation(new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT,
                        OBJECTIVE_6_TEXT, THIRTY, OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS, OBJECTIVE_6_DEADLINE,
                        responsabile())));
    }

    @Test
    void acceptsAnObjectiveWithoutIndicatorsTargetsOrDeadlineInADraft() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                        null, null, null, segretario()))
                .expectEvents(withOrganisation(new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT,
                        OBJECTIVE_6_TEXT, THIRTY, null, null, null, segretario())));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GIUNTA", "NDV", "SYSTEM"})
    void rejectsAnObjectiveDefinedByAnyoneButSegretarioOrResponsabile(Role role) {
        fixture.given(aPlanWithSegreteria())
                .when(defineObjective6(actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveOfAStructureThePlanDoesNotHave() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, AREA_FINANZIARIA, OBJECTIVE_6, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                        null, null, null, segretario()))
                .expectException(UnknownStructure.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveWithoutStructure() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, null, OBJECTIVE_6, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                        null, null, null, segretario()))
                .expectException(violation(MissingField.class, "structureId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveWithoutId() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, null, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                        null, null, null, segretario()))
                .expectException(violation(MissingField.class, "objectiveId"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAnObjectiveWithoutNumber(String number) {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, number, DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                        null, null, null, segretario()))
                .expectException(violation(MissingField.class, "number"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveWithoutKind() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6", null, OBJECTIVE_6_TEXT, THIRTY,
                        null, null, null, segretario()))
                .expectException(violation(MissingField.class, "kind"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAnObjectiveWithoutDescription(String description) {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT, description, THIRTY,
                        null, null, null, segretario()))
                .expectException(violation(MissingField.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveWithoutWeight() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, null,
                        null, null, null, segretario()))
                .expectException(violation(MissingField.class, "weight"))
                .expectNoEvents();
    }

    @Test
    void rejectsANumberLongerThan200Characters() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6".repeat(201), DEVELOPMENT, OBJECTIVE_6_TEXT,
                        THIRTY, null, null, null, segretario()))
                .expectException(violation(TextTooLong.class, "number"))
                .expectNoEvents();
    }

    @Test
    void rejectsADescriptionLongerThan4000Characters() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT, "D".repeat(4001), THIRTY,
                        null, null, null, segretario()))
                .expectException(violation(TextTooLong.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsIndicatorsLongerThan4000Characters() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                        "I".repeat(4001), null, null, segretario()))
                .expectException(violation(TextTooLong.class, "indicators"))
                .expectNoEvents();
    }

    @Test
    void rejectsTargetsLongerThan4000Characters() {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                        null, "T".repeat(4001), null, segretario()))
                .expectException(violation(TextTooLong.class, "targets"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.", "6.1", "sei", "1000", "-6", "6 bis", " 6"})
    void rejectsANumberThatIsNotAWholeNumberOfUpToThreeDigits(String number) {
        fixture.given(aPlanWithSegreteria())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, number, DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                        null, null, null, segretario()))
                .expectException(violation(InvalidNumber.class, "number"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "06"})
    void rejectsDuplicateObjectiveNumber(String number) {
        fixture.given(aPlanWithObjective6())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_7, number, DEVELOPMENT, OBJECTIVE_7_TEXT, TWENTY,
                        null, null, null, segretario()))
                .expectException(violation(DuplicateNumber.class, "number"))
                .expectNoEvents();
    }

    @Test
    void acceptsTheSameNumberInAnotherStructure() {
        ObjectiveId finanziaria6 = new ObjectiveId("area-finanziaria-6");
        fixture.given(plus(aPlanWithObjective6(), areaFinanziariaAdded()))
                .when(new DefineObjective(PLAN, AREA_FINANZIARIA, finanziaria6, "6", DEVELOPMENT, OBJECTIVE_7_TEXT, TWENTY,
                        null, null, null, segretario()))
                .expectEvents(withOrganisation(new ObjectiveDefined(PLAN, AREA_FINANZIARIA, finanziaria6, "6",
                        DEVELOPMENT, OBJECTIVE_7_TEXT, TWENTY, null, null, null, segretario())));
    }

    @Test
    void acceptsTheNumberOfACommonObjective() {
        ObjectiveId segreteria4 = new ObjectiveId("segreteria-4");
        fixture.given(aPlanWithCommonObjective4())
                .when(new DefineObjective(PLAN, SEGRETERIA, segreteria4, "4", DEVELOPMENT, OBJECTIVE_7_TEXT, TWENTY,
                        null, null, null, segretario()))
                .expectEvents(withOrganisation(new ObjectiveDefined(PLAN, SEGRETERIA, segreteria4, "4", DEVELOPMENT,
                        OBJECTIVE_7_TEXT, TWENTY, null, null, null, segretario())));
    }

    @Test
    void acceptsTheNumberOfARemovedObjective() {
        fixture.given(plus(aPlanWithObjective6(), new ObjectiveRemoved(PLAN, OBJECTIVE_6, "Accorpato", segretario())))
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_7, "6", DEVELOPMENT, OBJECTIVE_7_TEXT, TWENTY,
                        null, null, null, segretario()))
                .expectEvents(withOrganisation(new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_7, "6", DEVELOPMENT,
                        OBJECTIVE_7_TEXT, TWENTY, null, null, null, segretario())));
    }

    @Test
    void rejectsAnIdAlreadyUsedByAnObjective() {
        fixture.given(aPlanWithObjective6())
                .when(new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "7", DEVELOPMENT, OBJECTIVE_7_TEXT, TWENTY,
                        null, null, null, segretario()))
                .expectException(violation(DuplicateId.class, "objectiveId"))
                .expectNoEvents();
    }

    @Test
    void rejectsTheIdOfARemovedObjective() {
        fixture.given(plus(aPlanWithObjective6(), new ObjectiveRemoved(PLAN, OBJECTIVE_6, null, segretario())))
                .when(defineObjective6(segretario()))
                .expectException(violation(DuplicateId.class, "objectiveId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnIdAlreadyUsedByACommonObjective() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new DefineObjective(PLAN, SEGRETERIA, COMMON_4, "7", DEVELOPMENT, OBJECTIVE_7_TEXT, TWENTY,
                        null, null, null, segretario()))
                .expectException(violation(DuplicateId.class, "objectiveId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnIdAlreadyUsedByAPhase() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new DefineObjective(PLAN, SEGRETERIA, new ObjectiveId(PHASE_6_1.value()), "7", DEVELOPMENT,
                        OBJECTIVE_7_TEXT, TWENTY, null, null, null, segretario()))
                .expectException(violation(DuplicateId.class, "objectiveId"))
                .expectNoEvents();
    }

    private static DefineObjective defineObjective6(Actor actor) {
        return new DefineObjective(PLAN, SEGRETERIA, OBJECTIVE_6, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS, OBJECTIVE_6_DEADLINE, actor);
    }
}
