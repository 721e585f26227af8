package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.THIRTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Role;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.StaleRevision;
import it.traccia.kernel.rule.TextTooLong;
import it.traccia.kernel.rule.UnknownObjective;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectiveWeightChangeTest {

    private static final String REASON = "Il PIAO richiede meno lavoro del previsto";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void changesTheWeightOfObjective6From30To25() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, 1L, segretario()))
                .expectEvents(withOrganisation(
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, REASON, 2, segretario())));
    }

    @Test
    void recordsWhoChangedTheWeight() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, null, responsabile()))
                .expectEvents(withOrganisation(
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, REASON, 2, responsabile())));
    }

    @Test
    void raisesTheRevisionAtEachChange() {
        fixture.given(plus(aPlanWithObjective6(),
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, REASON, 2, segretario())))
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY, "Ancora meno", 2L, segretario()))
                .expectEvents(withOrganisation(
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, TWENTY_FIVE, TWENTY, "Ancora meno", 3, segretario())));
    }

    @Test
    void changesNothingWhenTheWeightIsAlreadyTheRequestedOne() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, Weight.of("30.00"), REASON, 1L, segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void acceptsTheRetryOfAnAppliedChangeThatSawTheOldRevision() {
        fixture.given(plus(aPlanWithObjective6(),
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, REASON, 2, segretario())))
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, 1L, segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsAChangeBasedOnAStaleRevision() {
        fixture.given(plus(aPlanWithObjective6(),
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, REASON, 2, segretario())))
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY, "Visto 30, voglio 20", 1L, responsabile()))
                .expectException(StaleRevision.class)
                .expectExceptionMessage("Questo elemento è stato modificato da altri: hai visto la revisione 1, ora è la 2. "
                        + "Ricarica e riprova")
                .expectNoEvents();
    }

    @Test
    void rejectsAChangeBasedOnARevisionNotYetReached() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, 2L, segretario()))
                .expectException(StaleRevision.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsAChangeWithoutReason(String reason) {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, reason, 1L, segretario()))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsAReasonLongerThan2000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, "R".repeat(2001), 1L, segretario()))
                .expectException(violation(TextTooLong.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void acceptsAReasonOf2000Characters() {
        String reason = "R".repeat(2000);
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, reason, 1L, segretario()))
                .expectEvents(withOrganisation(
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, reason, 2, segretario())));
    }

    @Test
    void rejectsAChangeWithoutWeight() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, null, REASON, 1L, segretario()))
                .expectException(violation(MissingField.class, "weight"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GIUNTA", "NDV", "SYSTEM"})
    void rejectsAChangeByAnyoneButSegretarioOrResponsabile(Role role) {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, 1L, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveThePlanDoesNotHave() {
        fixture.given(aPlanWithSegreteria())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, null, segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARemovedObjective() {
        fixture.given(plus(aPlanWithObjective6(), new ObjectiveRemoved(PLAN, OBJECTIVE_6, null, segretario())))
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, null, segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAChangeWithoutObjective() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, null, TWENTY_FIVE, REASON, null, segretario()))
                .expectException(violation(MissingField.class, "objectiveId"))
                .expectNoEvents();
    }
}
