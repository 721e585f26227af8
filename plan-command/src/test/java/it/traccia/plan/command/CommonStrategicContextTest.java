package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.aDraftPlan;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.SetCommonStrategicContext;
import it.traccia.kernel.plan.event.CommonStrategicContextSet;
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

/** The strategic context printed above the common objectives (contesto degli obiettivi comuni). */
class CommonStrategicContextTest {

    private static final String LINE = "Promuovere la crescita della Città valorizzando le risorse presenti";
    private static final String STRATEGIC = "Gestire e migliorare l'Amministrazione e il funzionamento dei servizi generali";
    private static final String OPERATIONAL = "Mantenere e sviluppare gli standard qualitativi e quantitativi dei servizi erogati";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void setsTheCommonContextWithoutMission() {
        fixture.given(aDraftPlan())
                .when(new SetCommonStrategicContext(PLAN, LINE, STRATEGIC, null, OPERATIONAL, segretario()))
                .expectEvents(withOrganisation(
                        new CommonStrategicContextSet(PLAN, LINE, STRATEGIC, null, OPERATIONAL, segretario())));
    }

    @Test
    void setsTheCommonContextWithAMission() {
        MissionCode missione01 = new MissionCode("01");
        fixture.given(aDraftPlan())
                .when(new SetCommonStrategicContext(PLAN, LINE, STRATEGIC, missione01, OPERATIONAL, segretario()))
                .expectEvents(withOrganisation(
                        new CommonStrategicContextSet(PLAN, LINE, STRATEGIC, missione01, OPERATIONAL, segretario())));
    }

    @Test
    void remembersTheCommonContext() {
        fixture.given(aDraftPlan())
                .when(new SetCommonStrategicContext(PLAN, LINE, STRATEGIC, null, OPERATIONAL, segretario()))
                .expectState(plan -> {
                    assertThat(plan.contents().commonContext()).isEqualTo(new StrategicContext(LINE, STRATEGIC, null, OPERATIONAL));
                });
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsACommonContextSetByAnyoneButTheSegretario(Role role) {
        fixture.given(aDraftPlan())
                .when(new SetCommonStrategicContext(PLAN, LINE, STRATEGIC, null, OPERATIONAL, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsACommonContextWithoutStrategicLine(String strategicLine) {
        fixture.given(aDraftPlan())
                .when(new SetCommonStrategicContext(PLAN, strategicLine, STRATEGIC, null, OPERATIONAL, segretario()))
                .expectException(violation(MissingField.class, "strategicLine"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsACommonContextWithoutStrategicObjective(String strategicObjective) {
        fixture.given(aDraftPlan())
                .when(new SetCommonStrategicContext(PLAN, LINE, strategicObjective, null, OPERATIONAL, segretario()))
                .expectException(violation(MissingField.class, "strategicObjective"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsACommonContextWithoutOperationalObjective(String operationalObjective) {
        fixture.given(aDraftPlan())
                .when(new SetCommonStrategicContext(PLAN, LINE, STRATEGIC, null, operationalObjective, segretario()))
                .expectException(violation(MissingField.class, "operationalObjective"))
                .expectNoEvents();
    }

    @Test
    void rejectsATextLongerThan4000Characters() {
        fixture.given(aDraftPlan())
                .when(new SetCommonStrategicContext(PLAN, "L".repeat(4001), STRATEGIC, null, OPERATIONAL, segretario()))
                .expectException(violation(TextTooLong.class, "strategicLine"))
                .expectNoEvents();
    }
}
