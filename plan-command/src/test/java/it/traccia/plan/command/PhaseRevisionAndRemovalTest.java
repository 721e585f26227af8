package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.END_OF_2026;
import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_DEADLINE;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1_TARGET;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1_TEXT;
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

import it.traccia.kernel.Actor;
import it.traccia.kernel.Role;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.RemovePhase;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.plan.event.PhaseRevised;
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

import java.time.LocalDate;

class PhaseRevisionAndRemovalTest {

    private static final String REASON = "Il termine della fase non può superare quello dell'obiettivo";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void revisesTheDeadlineOfPhase6Point1AndRaisesItsRevision() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(revisePhase6Point1(PHASE_6_1_TEXT, OBJECTIVE_6_DEADLINE, REASON, 1L, segretario()))
                .expectEvents(withOrganisation(new PhaseRevised(PLAN, OBJECTIVE_6, PHASE_6_1, PHASE_6_1_TEXT, PHASE_6_1_TEXT,
                        PHASE_6_1_TARGET, OBJECTIVE_6_DEADLINE, REASON, 2, segretario())));
    }

    @Test
    void revisesThePhaseWithoutReason() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(revisePhase6Point1("Ricognizione della documentazione.", END_OF_2026, null, null, responsabile()))
                .expectEvents(withOrganisation(new PhaseRevised(PLAN, OBJECTIVE_6, PHASE_6_1,
                        "Ricognizione della documentazione.", PHASE_6_1_TEXT, PHASE_6_1_TARGET, END_OF_2026, null, 2,
                        responsabile())));
    }

    @Test
    void countsWeightChangesInThePhaseRevision() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, Weight.of("60"), "Più lavoro", 2,
                                segretario())))
                .when(revisePhase6Point1(PHASE_6_1_TEXT, OBJECTIVE_6_DEADLINE, REASON, 2L, segretario()))
                .expectEvents(withOrganisation(new PhaseRevised(PLAN, OBJECTIVE_6, PHASE_6_1, PHASE_6_1_TEXT, PHASE_6_1_TEXT,
                        PHASE_6_1_TARGET, OBJECTIVE_6_DEADLINE, REASON, 3, segretario())));
    }

    @Test
    void changesNothingWhenNothingDiffers() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(revisePhase6Point1(PHASE_6_1_TEXT, END_OF_2026, "Nessuna modifica", 1L, segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsARevisionBasedOnAStaleRevision() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        new PhaseRevised(PLAN, OBJECTIVE_6, PHASE_6_1, PHASE_6_1_TEXT, PHASE_6_1_TEXT, PHASE_6_1_TARGET,
                                OBJECTIVE_6_DEADLINE, REASON, 2, segretario())))
                .when(revisePhase6Point1(PHASE_6_1_TEXT, LocalDate.of(2026, 6, 30), null, 1L, responsabile()))
                .expectException(StaleRevision.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsARevisionWithoutDescription(String description) {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(revisePhase6Point1(description, OBJECTIVE_6_DEADLINE, REASON, 1L, segretario()))
                .expectException(violation(MissingField.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsADescriptionLongerThan4000Characters() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(revisePhase6Point1("D".repeat(4001), OBJECTIVE_6_DEADLINE, REASON, 1L, segretario()))
                .expectException(violation(TextTooLong.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnIndicatorLongerThan4000Characters() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RevisePhase(PLAN, PHASE_6_1, PHASE_6_1_TEXT, "I".repeat(4001), null, null, null, 1L, segretario()))
                .expectException(violation(TextTooLong.class, "indicator"))
                .expectNoEvents();
    }

    @Test
    void rejectsATargetLongerThan4000Characters() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RevisePhase(PLAN, PHASE_6_1, PHASE_6_1_TEXT, null, "T".repeat(4001), null, null, 1L, segretario()))
                .expectException(violation(TextTooLong.class, "target"))
                .expectNoEvents();
    }

    @Test
    void rejectsARevisionReasonLongerThan2000Characters() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(revisePhase6Point1(PHASE_6_1_TEXT, OBJECTIVE_6_DEADLINE, "R".repeat(2001), 1L, segretario()))
                .expectException(violation(TextTooLong.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsARevisionOfAPhaseThePlanDoesNotHave() {
        fixture.given(aPlanWithObjective6())
                .when(revisePhase6Point1(PHASE_6_1_TEXT, OBJECTIVE_6_DEADLINE, REASON, null, segretario()))
                .expectException(UnknownPhase.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARevisionOfAPhaseWhoseObjectiveWasRemoved() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), new ObjectiveRemoved(PLAN, OBJECTIVE_6, null, segretario())))
                .when(revisePhase6Point1(PHASE_6_1_TEXT, OBJECTIVE_6_DEADLINE, REASON, null, segretario()))
                .expectException(UnknownPhase.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GIUNTA", "NDV", "SYSTEM"})
    void rejectsARevisionByAnyoneButSegretarioOrResponsabile(Role role) {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(revisePhase6Point1(PHASE_6_1_TEXT, OBJECTIVE_6_DEADLINE, REASON, 1L, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void removesAPhase() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemovePhase(PLAN, PHASE_6_1, "Accorpata nella 6.2", 1L, responsabile()))
                .expectEvents(withOrganisation(
                        new PhaseRemoved(PLAN, OBJECTIVE_6, PHASE_6_1, "Accorpata nella 6.2", responsabile())));
    }

    @Test
    void removesAPhaseWithoutRevision() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemovePhase(PLAN, PHASE_6_1, "Accorpata nella 6.2", null, segretario()))
                .expectEvents(withOrganisation(
                        new PhaseRemoved(PLAN, OBJECTIVE_6, PHASE_6_1, "Accorpata nella 6.2", segretario())));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \t ")
    void rejectsARemovalWithoutAReason(String reason) {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemovePhase(PLAN, PHASE_6_1, reason, null, segretario()))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsARemovalBasedOnAStaleRevision() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, Weight.of("60"), "Più lavoro", 2,
                                segretario())))
                .when(new RemovePhase(PLAN, PHASE_6_1, "Accorpata nella 6.2", 1L, responsabile()))
                .expectException(StaleRevision.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAPhaseRemovedBefore() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), new PhaseRemoved(PLAN, OBJECTIVE_6, PHASE_6_1, null, segretario())))
                .when(new RemovePhase(PLAN, PHASE_6_1, null, null, segretario()))
                .expectException(UnknownPhase.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARemovalWithoutPhase() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemovePhase(PLAN, null, null, null, segretario()))
                .expectException(violation(MissingField.class, "phaseId"))
                .expectNoEvents();
    }

    @Test
    void rejectsARemovalReasonLongerThan2000Characters() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemovePhase(PLAN, PHASE_6_1, "R".repeat(2001), null, segretario()))
                .expectException(violation(TextTooLong.class, "reason"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GIUNTA", "NDV", "SYSTEM"})
    void rejectsARemovalByAnyoneButSegretarioOrResponsabile(Role role) {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemovePhase(PLAN, PHASE_6_1, null, null, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    private static RevisePhase revisePhase6Point1(String description, LocalDate deadline, String reason,
                                                  Long expectedRevision, Actor actor) {
        return new RevisePhase(PLAN, PHASE_6_1, description, PHASE_6_1_TEXT, PHASE_6_1_TARGET, deadline, reason,
                expectedRevision, actor);
    }
}
