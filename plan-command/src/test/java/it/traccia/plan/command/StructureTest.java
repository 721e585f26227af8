package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.SEGRETERIA_HEAD_TITLE;
import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA_HEAD;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA_NAME;
import static it.traccia.plan.command.PlanFixtures.aDraftPlan;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.DuplicateStructure;
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

class StructureTest {

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void addsTheSegreteriaWithItsHead() {
        fixture.given(aDraftPlan())
                .when(new AddStructure(PLAN, SEGRETERIA, SEGRETERIA_NAME, SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, segretario()))
                .expectEvents(withOrganisation(
                        new StructureAdded(PLAN, SEGRETERIA, SEGRETERIA_NAME, SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, segretario())));
    }

    @Test
    void addsASecondStructureWithAnotherName() {
        fixture.given(aPlanWithSegreteria())
                .when(new AddStructure(PLAN, AREA_FINANZIARIA, "Area Finanziaria", "Rag. Laura Ferrari", null, segretario()))
                .expectEvents(withOrganisation(
                        new StructureAdded(PLAN, AREA_FINANZIARIA, "Area Finanziaria", "Rag. Laura Ferrari", null, segretario())));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsAStructureAddedByAnyoneButTheSegretario(Role role) {
        fixture.given(aDraftPlan())
                .when(new AddStructure(PLAN, SEGRETERIA, SEGRETERIA_NAME, SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAStructureWithoutId() {
        fixture.given(aDraftPlan())
                .when(new AddStructure(PLAN, null, SEGRETERIA_NAME, SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, segretario()))
                .expectException(violation(MissingField.class, "structureId"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void rejectsAStructureWithoutName(String name) {
        fixture.given(aDraftPlan())
                .when(new AddStructure(PLAN, SEGRETERIA, name, SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, segretario()))
                .expectException(violation(MissingField.class, "name"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAStructureWithoutHead(String head) {
        fixture.given(aDraftPlan())
                .when(new AddStructure(PLAN, SEGRETERIA, SEGRETERIA_NAME, head, null, segretario()))
                .expectException(violation(MissingField.class, "head"))
                .expectNoEvents();
    }

    @Test
    void rejectsANameLongerThan200Characters() {
        fixture.given(aDraftPlan())
                .when(new AddStructure(PLAN, SEGRETERIA, "S".repeat(201), SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, segretario()))
                .expectException(violation(TextTooLong.class, "name"))
                .expectNoEvents();
    }

    @Test
    void rejectsAHeadLongerThan200Characters() {
        fixture.given(aDraftPlan())
                .when(new AddStructure(PLAN, SEGRETERIA, SEGRETERIA_NAME, "H".repeat(201), null, segretario()))
                .expectException(violation(TextTooLong.class, "head"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Segreteria", "SEGRETERIA", "  segreteria "})
    void rejectsANameThePlanAlreadyHasIgnoringCaseAndBlanks(String name) {
        fixture.given(aPlanWithSegreteria())
                .when(new AddStructure(PLAN, new StructureId("segreteria-bis"), name, SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, segretario()))
                .expectException(violation(DuplicateStructure.class, "name"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnIdAlreadyUsedByAStructure() {
        fixture.given(aPlanWithSegreteria())
                .when(new AddStructure(PLAN, SEGRETERIA, "Area Finanziaria", "Rag. Laura Ferrari", null, segretario()))
                .expectException(violation(DuplicateId.class, "structureId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnIdAlreadyUsedByAnObjective() {
        fixture.given(aPlanWithObjective6())
                .when(new AddStructure(PLAN, new StructureId(OBJECTIVE_6.value()), "Area Finanziaria", "Rag. Laura Ferrari", null,
                        segretario()))
                .expectException(violation(DuplicateId.class, "structureId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAHeadTitleLongerThan200Characters() {
        fixture.given(aDraftPlan())
                .when(new AddStructure(PLAN, SEGRETERIA, SEGRETERIA_NAME, SEGRETERIA_HEAD, "T".repeat(201), segretario()))
                .expectException(violation(TextTooLong.class, "headTitle"))
                .expectNoEvents();
    }
}
