package it.traccia.plan.command;

import static it.traccia.kernel.ObjectiveKind.DEVELOPMENT;
import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_TEXT;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1_TEXT;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.THIRTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithPhases6_1And6_2;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.responsabileTecnica;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.NotHeadOfStructure;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.StaleRevision;
import it.traccia.kernel.rule.TextTooLong;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownPhase;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectiveRemovalTest {

    private static final String REASON = "Accorpato nell'obiettivo 7";
    private static final ObjectiveRemoved OBJECTIVE_6_REMOVED = new ObjectiveRemoved(PLAN, OBJECTIVE_6, REASON, segretario());

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void removesAnObjective() {
        fixture.given(aPlanWithObjective6())
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, REASON, 1L, segretario()))
                .expectEvents(withOrganisation(OBJECTIVE_6_REMOVED));
    }

    @Test
    void removesAnObjectiveOfTheirStructureAtTheResponsabilesRequestWithoutRevision() {
        fixture.given(aPlanWithObjective6())
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, REASON, null, responsabile()))
                .expectEvents(withOrganisation(new ObjectiveRemoved(PLAN, OBJECTIVE_6, REASON, responsabile())));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void rejectsARemovalWithoutAReason(String reason) {
        fixture.given(aPlanWithObjective6())
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, reason, null, segretario()))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsARemovalByAResponsabileWhoDoesNotHeadTheStructure() {
        fixture.given(aPlanWithObjective6())
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, REASON, null, responsabileTecnica()))
                .expectException(NotHeadOfStructure.class)
                .expectNoEvents();
    }

    @Test
    void removesItsPhasesToo() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), OBJECTIVE_6_REMOVED))
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, TWENTY_FIVE, "Riequilibrio", null, segretario()))
                .expectException(UnknownPhase.class)
                .expectNoEvents();
    }

    @Test
    void acceptsNoNewPhasesForARemovedObjective() {
        fixture.given(plus(aPlanWithObjective6(), OBJECTIVE_6_REMOVED))
                .when(new DefinePhase(PLAN, OBJECTIVE_6, new PhaseId("segreteria-6.3"), "6.3", PHASE_6_1_TEXT, FIFTY, null,
                        null, null, segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    @Test
    void freesTheNumberOfTheRemovedObjective() {
        ObjectiveId newObjective6 = new ObjectiveId("segreteria-6-bis");
        fixture.given(plus(aPlanWithObjective6(), OBJECTIVE_6_REMOVED))
                .when(new DefineObjective(PLAN, SEGRETERIA, newObjective6, "6", DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY, null,
                        null, null, segretario()))
                .expectEvents(withOrganisation(new ObjectiveDefined(PLAN, SEGRETERIA, newObjective6, "6", DEVELOPMENT,
                        OBJECTIVE_6_TEXT, THIRTY, null, null, null, segretario())));
    }

    @Test
    void keepsTheIdsOfItsPhasesUsed() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), OBJECTIVE_6_REMOVED))
                .when(new DefineObjective(PLAN, SEGRETERIA, new ObjectiveId(PHASE_6_1.value()), "6", DEVELOPMENT,
                        OBJECTIVE_6_TEXT, THIRTY, null, null, null, segretario()))
                .expectException(violation(DuplicateId.class, "objectiveId"))
                .expectNoEvents();
    }

    @Test
    void acceptsTheCurrentRevision() {
        fixture.given(plus(aPlanWithObjective6(),
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, "Riequilibrio", 2, segretario())))
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, REASON, 2L, segretario()))
                .expectEvents(withOrganisation(OBJECTIVE_6_REMOVED));
    }

    @Test
    void rejectsARemovalBasedOnAStaleRevision() {
        fixture.given(plus(aPlanWithObjective6(),
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, "Riequilibrio", 2, segretario())))
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, REASON, 1L, responsabile()))
                .expectException(StaleRevision.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveRemovedBefore() {
        fixture.given(plus(aPlanWithObjective6(), OBJECTIVE_6_REMOVED))
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, REASON, null, segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveThePlanDoesNotHave() {
        fixture.given(aPlanWithSegreteria())
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, REASON, null, segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARemovalWithoutObjective() {
        fixture.given(aPlanWithObjective6())
                .when(new RemoveObjective(PLAN, null, REASON, null, segretario()))
                .expectException(violation(MissingField.class, "objectiveId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAReasonLongerThan2000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, "R".repeat(2001), null, segretario()))
                .expectException(violation(TextTooLong.class, "reason"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GIUNTA", "NDV", "SYSTEM"})
    void rejectsARemovalByAnyoneButSegretarioOrResponsabile(Role role) {
        fixture.given(aPlanWithObjective6())
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, REASON, null, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }
}
