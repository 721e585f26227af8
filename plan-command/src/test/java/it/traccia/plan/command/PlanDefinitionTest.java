package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.CREMONA;
import static it.traccia.plan.command.PlanFixtures.MONTE_CREMASCO;
import static it.traccia.plan.command.PlanFixtures.MONTE_CREMASCO_ID;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;
import static org.hamcrest.Matchers.containsString;

import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.DefinePlan;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.rule.InvalidTriennio;
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

class PlanDefinitionTest {

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void opensTheDraftOfATriennioForItsFirstYear() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, 2026, segretario()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(withOrganisation(new PlanDefined(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, 2026, segretario())));
    }

    @ParameterizedTest
    @ValueSource(ints = {2026, 2027, 2028})
    void acceptsAnyAnnualYearInsideTheTriennio(int year) {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, year, segretario()))
                .expectEvents(withOrganisation(new PlanDefined(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, year, segretario())));
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2100})
    void acceptsTheFirstAndLastAllowedFirstYears(int firstYear) {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, firstYear, firstYear + 2, firstYear, segretario()))
                .expectEvents(withOrganisation(
                        new PlanDefined(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, firstYear, firstYear + 2, firstYear, segretario())));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsAPlanOpenedByAnyoneButTheSegretario(Role role) {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, 2026, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectExceptionMessage(containsString(role.name()))
                .expectNoEvents();
    }

    @Test
    void rejectsAPlanWithoutActor() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, 2026, null))
                .expectException(violation(MissingField.class, "actor"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsAPlanWithoutOrganisation(String organisation) {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, organisation, CREMONA, 2026, 2028, 2026, segretario()))
                .expectException(violation(MissingField.class, "organisation"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnOrganisationNameLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, "C".repeat(201), CREMONA, 2026, 2028, 2026, segretario()))
                .expectException(violation(TextTooLong.class, "organisation"))
                .expectNoEvents();
    }

    @Test
    void acceptsAnOrganisationNameOf200Characters() {
        String longName = "C".repeat(200);
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, longName, CREMONA, 2026, 2028, 2026, segretario()))
                .expectEvents(new PlanDefined(PLAN, MONTE_CREMASCO_ID, longName, CREMONA, 2026, 2028, 2026, segretario()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0, -2026})
    void rejectsAFirstYearOutside2000To2100(int firstYear) {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, firstYear, firstYear + 2, firstYear, segretario()))
                .expectException(violation(InvalidTriennio.class, "firstYear"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {2026, 2027, 2029, 2025})
    void rejectsATriennioThatIsNotThreeYearsLong(int lastYear) {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, lastYear, 2026, segretario()))
                .expectException(violation(InvalidTriennio.class, "lastYear"))
                .expectExceptionMessage(containsString("2028"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2029})
    void rejectsAnAnnualYearOutsideTheTriennio(int year) {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, year, segretario()))
                .expectException(violation(InvalidTriennio.class, "year"))
                .expectNoEvents();
    }

    @Test
    void opensADraftWithoutProvincia() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, null, 2026, 2028, 2026, segretario()))
                .expectEvents(withOrganisation(new PlanDefined(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, null, 2026, 2028, 2026, segretario())));
    }

    @Test
    void rejectsAProvinciaLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, "P".repeat(201), 2026, 2028, 2026, segretario()))
                .expectException(violation(TextTooLong.class, "province"))
                .expectNoEvents();
    }
}
