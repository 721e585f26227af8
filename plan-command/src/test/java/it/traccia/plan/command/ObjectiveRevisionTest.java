package it.traccia.plan.command;

import static it.traccia.kernel.ObjectiveKind.DEVELOPMENT;
import static it.traccia.kernel.ObjectiveKind.MAINTENANCE;
import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_DEADLINE;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_INDICATORS;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_TARGETS;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_TEXT;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.THIRTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithPhases6_1And6_2;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Role;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.ObjectiveRevised;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PhaseRevised;
import it.traccia.kernel.plan.event.PhaseWeightChanged;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
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

import java.time.LocalDate;

class ObjectiveRevisionTest {

    private static final LocalDate END_OF_FEBRUARY = LocalDate.of(2026, 2, 28);
    private static final String REASON = "Proroga del termine di legge";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void revisesTheDeadlineAndRaisesTheRevision() {
        fixture.given(aPlanWithObjective6())
                .when(reviseObjective6(DEVELOPMENT, OBJECTIVE_6_TEXT, END_OF_FEBRUARY, REASON, 1L, segretario()))
                .expectEvents(withOrganisation(new ObjectiveRevised(PLAN, OBJECTIVE_6, DEVELOPMENT, OBJECTIVE_6_TEXT,
                        OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS, END_OF_FEBRUARY, REASON, 2, segretario())));
    }

    @Test
    void revisesTheKindWithoutReason() {
        fixture.given(aPlanWithObjective6())
                .when(reviseObjective6(MAINTENANCE, OBJECTIVE_6_TEXT, OBJECTIVE_6_DEADLINE, null, null, responsabile()))
                .expectEvents(withOrganisation(new ObjectiveRevised(PLAN, OBJECTIVE_6, MAINTENANCE, OBJECTIVE_6_TEXT,
                        OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS, OBJECTIVE_6_DEADLINE, null, 2, responsabile())));
    }

    @Test
    void clearsTheIndicatorsTargetsAndDeadline() {
        fixture.given(aPlanWithObjective6())
                .when(new ReviseObjective(PLAN, OBJECTIVE_6, DEVELOPMENT, OBJECTIVE_6_TEXT, null, null, null, null, 1L,
                        segretario()))
                .expectEvents(withOrganisation(new ObjectiveRevised(PLAN, OBJECTIVE_6, DEVELOPMENT, OBJECTIVE_6_TEXT,
                        null, null, null, null, 2, segretario())));
    }

    @Test
    void changesNothingWhenNothingDiffers() {
        fixture.given(aPlanWithObjective6())
                .when(reviseObjective6(DEVELOPMENT, OBJECTIVE_6_TEXT, OBJECTIVE_6_DEADLINE, "Solo una nota", 1L, segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void countsWeightChangesInTheRevision() {
        fixture.given(plus(aPlanWithObjective6(),
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, "Riequilibrio", 2, segretario())))
                .when(reviseObjective6(DEVELOPMENT, OBJECTIVE_6_TEXT, END_OF_FEBRUARY, REASON, 2L, segretario()))
                .expectEvents(withOrganisation(new ObjectiveRevised(PLAN, OBJECTIVE_6, DEVELOPMENT, OBJECTIVE_6_TEXT,
                        OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS, END_OF_FEBRUARY, REASON, 3, segretario())));
    }

    @Test
    void keepsItsRevisionWhenItsPhasesChange() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(),
                        new PhaseWeightChanged(PLAN, OBJECTIVE_6, PHASE_6_1, FIFTY, Weight.of("60"), "Più lavoro", 2,
                                segretario()),
                        new PhaseRevised(PLAN, OBJECTIVE_6, PHASE_6_1, "Ricognizione", null, null, null, null, 3,
                                segretario())))
                .when(reviseObjective6(DEVELOPMENT, OBJECTIVE_6_TEXT, END_OF_FEBRUARY, REASON, 1L, segretario()))
                .expectEvents(withOrganisation(new ObjectiveRevised(PLAN, OBJECTIVE_6, DEVELOPMENT, OBJECTIVE_6_TEXT,
                        OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS, END_OF_FEBRUARY, REASON, 2, segretario())));
    }

    @Test
    void rejectsARevisionBasedOnAStaleRevision() {
        fixture.given(plus(aPlanWithObjective6(),
                        new ObjectiveRevised(PLAN, OBJECTIVE_6, DEVELOPMENT, OBJECTIVE_6_TEXT, OBJECTIVE_6_INDICATORS,
                                OBJECTIVE_6_TARGETS, END_OF_FEBRUARY, REASON, 2, segretario())))
                .when(reviseObjective6(MAINTENANCE, OBJECTIVE_6_TEXT, OBJECTIVE_6_DEADLINE, null, 1L, responsabile()))
                .expectException(StaleRevision.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARevisionWithoutKind() {
        fixture.given(aPlanWithObjective6())
                .when(reviseObjective6(null, OBJECTIVE_6_TEXT, END_OF_FEBRUARY, REASON, 1L, segretario()))
                .expectException(violation(MissingField.class, "kind"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsARevisionWithoutDescription(String description) {
        fixture.given(aPlanWithObjective6())
                .when(reviseObjective6(DEVELOPMENT, description, END_OF_FEBRUARY, REASON, 1L, segretario()))
                .expectException(violation(MissingField.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsADescriptionLongerThan4000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(reviseObjective6(DEVELOPMENT, "D".repeat(4001), END_OF_FEBRUARY, REASON, 1L, segretario()))
                .expectException(violation(TextTooLong.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsIndicatorsLongerThan4000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(new ReviseObjective(PLAN, OBJECTIVE_6, DEVELOPMENT, OBJECTIVE_6_TEXT, "I".repeat(4001), null, null,
                        null, 1L, segretario()))
                .expectException(violation(TextTooLong.class, "indicators"))
                .expectNoEvents();
    }

    @Test
    void rejectsTargetsLongerThan4000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(new ReviseObjective(PLAN, OBJECTIVE_6, DEVELOPMENT, OBJECTIVE_6_TEXT, null, "T".repeat(4001), null,
                        null, 1L, segretario()))
                .expectException(violation(TextTooLong.class, "targets"))
                .expectNoEvents();
    }

    @Test
    void rejectsAReasonLongerThan2000Characters() {
        fixture.given(aPlanWithObjective6())
                .when(reviseObjective6(DEVELOPMENT, OBJECTIVE_6_TEXT, END_OF_FEBRUARY, "R".repeat(2001), 1L, segretario()))
                .expectException(violation(TextTooLong.class, "reason"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GIUNTA", "NDV", "SYSTEM"})
    void rejectsARevisionByAnyoneButSegretarioOrResponsabile(Role role) {
        fixture.given(aPlanWithObjective6())
                .when(reviseObjective6(DEVELOPMENT, OBJECTIVE_6_TEXT, END_OF_FEBRUARY, REASON, 1L, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveThePlanDoesNotHave() {
        fixture.given(aPlanWithSegreteria())
                .when(reviseObjective6(DEVELOPMENT, OBJECTIVE_6_TEXT, END_OF_FEBRUARY, REASON, null, segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARemovedObjective() {
        fixture.given(plus(aPlanWithObjective6(), new ObjectiveRemoved(PLAN, OBJECTIVE_6, null, segretario())))
                .when(reviseObjective6(DEVELOPMENT, OBJECTIVE_6_TEXT, END_OF_FEBRUARY, REASON, null, segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
    }

    private static ReviseObjective reviseObjective6(ObjectiveKind kind, String description, LocalDate deadline,
                                                    String reason, Long expectedRevision, Actor actor) {
        return new ReviseObjective(PLAN, OBJECTIVE_6, kind, description, OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS,
                deadline, reason, expectedRevision, actor);
    }
}
