package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.segreteriaContextSet;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.SetStrategicContext;
import it.traccia.kernel.plan.event.StrategicContextSet;
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

class StrategicContextTest {

    private static final String LINE = "Promuovere la crescita della Città valorizzando le risorse presenti";
    private static final String STRATEGIC = "Gestire e migliorare l'Amministrazione e il funzionamento dei servizi generali";
    private static final MissionCode MISSIONE_01 = new MissionCode("01");
    private static final String OPERATIONAL = "Mantenere e sviluppare gli standard qualitativi e quantitativi dei servizi erogati";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void setsTheStrategicContextOfTheSegreteria() {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, LINE, STRATEGIC, MISSIONE_01, OPERATIONAL, segretario()))
                .expectEvents(withOrganisation(
                        new StrategicContextSet(PLAN, SEGRETERIA, LINE, STRATEGIC, MISSIONE_01, OPERATIONAL, segretario())));
    }

    @Test
    void replacesAContextSetBefore() {
        MissionCode missione12 = new MissionCode("12");
        fixture.given(plus(aPlanWithSegreteria(), segreteriaContextSet()))
                .when(new SetStrategicContext(PLAN, SEGRETERIA, LINE, STRATEGIC, missione12, OPERATIONAL, segretario()))
                .expectEvents(withOrganisation(
                        new StrategicContextSet(PLAN, SEGRETERIA, LINE, STRATEGIC, missione12, OPERATIONAL, segretario())));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsAContextSetByAnyoneButTheSegretario(Role role) {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, LINE, STRATEGIC, MISSIONE_01, OPERATIONAL, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAContextWithoutStrategicLine(String strategicLine) {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, strategicLine, STRATEGIC, MISSIONE_01, OPERATIONAL, segretario()))
                .expectException(violation(MissingField.class, "strategicLine"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAContextWithoutStrategicObjective(String strategicObjective) {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, LINE, strategicObjective, MISSIONE_01, OPERATIONAL, segretario()))
                .expectException(violation(MissingField.class, "strategicObjective"))
                .expectNoEvents();
    }

    @Test
    void rejectsAContextWithoutMission() {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, LINE, STRATEGIC, null, OPERATIONAL, segretario()))
                .expectException(violation(MissingField.class, "missionCode"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAContextWithoutOperationalObjective(String operationalObjective) {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, LINE, STRATEGIC, MISSIONE_01, operationalObjective, segretario()))
                .expectException(violation(MissingField.class, "operationalObjective"))
                .expectNoEvents();
    }

    @Test
    void rejectsAStrategicLineLongerThan4000Characters() {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, "L".repeat(4001), STRATEGIC, MISSIONE_01, OPERATIONAL, segretario()))
                .expectException(violation(TextTooLong.class, "strategicLine"))
                .expectNoEvents();
    }

    @Test
    void acceptsAStrategicLineOf4000Characters() {
        String line = "L".repeat(4000);
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, line, STRATEGIC, MISSIONE_01, OPERATIONAL, segretario()))
                .expectEvents(withOrganisation(
                        new StrategicContextSet(PLAN, SEGRETERIA, line, STRATEGIC, MISSIONE_01, OPERATIONAL, segretario())));
    }

    @Test
    void rejectsAStrategicObjectiveLongerThan4000Characters() {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, LINE, "S".repeat(4001), MISSIONE_01, OPERATIONAL, segretario()))
                .expectException(violation(TextTooLong.class, "strategicObjective"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnOperationalObjectiveLongerThan4000Characters() {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, SEGRETERIA, LINE, STRATEGIC, MISSIONE_01, "O".repeat(4001), segretario()))
                .expectException(violation(TextTooLong.class, "operationalObjective"))
                .expectNoEvents();
    }

    @Test
    void rejectsAContextForAStructureThePlanDoesNotHave() {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, AREA_FINANZIARIA, LINE, STRATEGIC, MISSIONE_01, OPERATIONAL, segretario()))
                .expectException(UnknownStructure.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAContextWithoutStructure() {
        fixture.given(aPlanWithSegreteria())
                .when(new SetStrategicContext(PLAN, null, LINE, STRATEGIC, MISSIONE_01, OPERATIONAL, segretario()))
                .expectException(violation(MissingField.class, "structureId"))
                .expectNoEvents();
    }
}
