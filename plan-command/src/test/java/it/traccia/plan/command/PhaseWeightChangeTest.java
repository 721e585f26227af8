package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_2;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithPhases6_1And6_2;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Role;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.plan.event.PhaseWeightChanged;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.StaleRevision;
import it.traccia.kernel.rule.TextTooLong;
import it.traccia.kernel.rule.UnknownPhase;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseWeightChangeTest {

    private static final Weight SIXTY = Weight.of("60");
    private static final Weight SEVENTY = Weight.of("70");
    private static final String REASON = "La ricognizione richiede più lavoro della compilazione";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void changesTheWeightOfPhase6Point1From50To60() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SIXTY, REASON, 1L, segretario()))
                .expectEvents(withOrganisation(
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, SIXTY, REASON, 2, segretario())));
    }

    @Test
    void recordsWhoChangedTheWeight() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SIXTY, REASON, null, responsabile()))
                .expectEvents(withOrganisation(
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, SIXTY, REASON, 2, responsabile())));
    }

    @Test
    void raisesTheRevisionAtEachChange() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, SIXTY, REASON, 2, segretario())))
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SEVENTY, "Ancora di più", 2L, segretario()))
                .expectEvents(withOrganisation(new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, SIXTY, SEVENTY,
                        "Ancora di più", 3, segretario())));
    }

    @Test
    void keepsTheRevisionOfTheOtherPhases() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, SIXTY, REASON, 2, segretario())))
                .when(new ChangePhaseWeight(PLAN, PHASE_6_2, Weight.of("40"), REASON, 1L, segretario()))
                .expectEvents(withOrganisation(new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_2, FIFTY, Weight.of("40"),
                        REASON, 2, segretario())));
    }

    @Test
    void changesNothingWhenTheWeightIsAlreadyTheRequestedOne() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, Weight.of("50.0"), REASON, 1L, segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void acceptsTheRetryOfAnAppliedChangeThatSawTheOldRevision() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, SIXTY, REASON, 2, segretario())))
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SIXTY, REASON, 1L, segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsAChangeBasedOnAStaleRevision() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, SIXTY, REASON, 2, segretario())))
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SEVENTY, REASON, 1L, responsabile()))
                .expectException(StaleRevision.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsAChangeWithoutReason(String reason) {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SIXTY, reason, 1L, segretario()))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsAReasonLongerThan2000Characters() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SIXTY, "R".repeat(2001), 1L, segretario()))
                .expectException(violation(TextTooLong.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsAChangeWithoutWeight() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, null, REASON, 1L, segretario()))
                .expectException(violation(MissingField.class, "weight"))
                .expectNoEvents();
    }

    @Test
    void rejectsAChangeWithoutPhase() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, null, SIXTY, REASON, 1L, segretario()))
                .expectException(violation(MissingField.class, "phaseId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAPhaseThePlanDoesNotHave() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SIXTY, REASON, null, segretario()))
                .expectException(UnknownPhase.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARemovedPhase() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), new PhaseRemoved(PLAN, OBJECTIVE_6, PHASE_6_1, null, segretario())))
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SIXTY, REASON, null, segretario()))
                .expectException(UnknownPhase.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GIUNTA", "NDV", "SYSTEM"})
    void rejectsAChangeByAnyoneButSegretarioOrResponsabile(Role role) {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, SIXTY, REASON, 1L, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }
}
