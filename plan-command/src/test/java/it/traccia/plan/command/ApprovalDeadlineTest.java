package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.APPROVAL_DEADLINE;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.aBalancedPlan;
import static it.traccia.plan.command.PlanFixtures.aClockOn;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aSubmittedPlan;
import static it.traccia.plan.command.PlanFixtures.aVariationOfTheAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.anAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.deadlineMissed;
import static it.traccia.plan.command.PlanFixtures.deadlineNear;
import static it.traccia.plan.command.PlanFixtures.giunta;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.traccia;
import static it.traccia.plan.command.PlanFixtures.variationOpened;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.RecordApprovalDeadlineMissed;
import it.traccia.kernel.plan.command.RecordApprovalDeadlineNear;
import it.traccia.kernel.plan.event.ApprovalDeadlineNear;
import it.traccia.kernel.plan.event.PlanReturned;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

/**
 * Traccia records that the legal deadline for adopting a version (termine di approvazione, 31.01.2026) is near or was
 * missed, once per version, and only while that version awaits adoption; a late or repeated warning records nothing.
 */
class ApprovalDeadlineTest {

    private static final LocalDate A_WEEK_BEFORE = APPROVAL_DEADLINE.minusDays(7);
    private static final LocalDate THE_DAY_AFTER = APPROVAL_DEADLINE.plusDays(1);

    @Test
    void recordsThatTheDeadlineIsNearForADraft() {
        on(A_WEEK_BEFORE).given(aBalancedPlan())
                .when(near(1))
                .expectEvents(withOrganisation(deadlineNear(1)));
    }

    @Test
    void recordsThatTheDeadlineIsNearWhileTheGiuntaExaminesThePlan() {
        on(A_WEEK_BEFORE).given(aSubmittedPlan())
                .when(near(1))
                .expectEvents(withOrganisation(deadlineNear(1)));
    }

    @Test
    void recordsThatTheDeadlineIsNearOnTheDeadlineItself() {
        on(APPROVAL_DEADLINE).given(aSubmittedPlan())
                .when(near(1))
                .expectEvents(withOrganisation(deadlineNear(1)));
    }

    @Test
    void recordsNothingNearOnceTheDeadlinePassed() {
        on(THE_DAY_AFTER).given(aSubmittedPlan())
                .when(near(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsTheNearDeadlineOnlyOncePerVersion() {
        on(A_WEEK_BEFORE).given(plus(aSubmittedPlan(), deadlineNear(1)))
                .when(near(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsTheNearDeadlineOnlyOnceEvenIfThePlanWasReturnedMeanwhile() {
        on(A_WEEK_BEFORE).given(plus(aSubmittedPlan(), deadlineNear(1),
                        new PlanReturned(PLAN, 1, "Rivedere i pesi", giunta())))
                .when(near(1))
                .expectNoEvents();
    }

    @Test
    void recordsNothingNearOnceTheDeadlineWasMissed() {
        on(A_WEEK_BEFORE).given(plus(aSubmittedPlan(), deadlineMissed(1)))
                .when(near(1))
                .expectNoEvents();
    }

    @Test
    void recordsNothingNearForAnAdoptedVersion() {
        on(A_WEEK_BEFORE).given(anAdoptedPlan())
                .when(near(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsNothingNearForAVersionThePlanIsNotAt() {
        on(A_WEEK_BEFORE).given(aSubmittedPlan())
                .when(near(2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsNothingNearForTheVersionAVariationReplaced() {
        on(A_WEEK_BEFORE).given(aVariationOfTheAdoptedPlan())
                .when(near(1))
                .expectNoEvents();
    }

    @Test
    void recordsTheNearDeadlineAgainForTheVersionOfAVariation() {
        LocalDate deadline = LocalDate.of(2026, 9, 30);
        on(deadline.minusDays(7)).given(plus(anAdoptedPlan(), deadlineNear(1), deadlineMissed(1),
                        variationOpened()))
                .when(new RecordApprovalDeadlineNear(PLAN, 2, deadline, traccia()))
                .expectEvents(withOrganisation(
                        new ApprovalDeadlineNear(PLAN, 2, deadline, traccia())));
    }

    @Test
    void recordsThatTheDeadlineWasMissed() {
        on(THE_DAY_AFTER).given(aSubmittedPlan())
                .when(missed(1))
                .expectEvents(withOrganisation(deadlineMissed(1)));
    }

    @Test
    void recordsTheMissedDeadlineAfterTheNearOne() {
        on(THE_DAY_AFTER).given(plus(aBalancedPlan(), deadlineNear(1)))
                .when(missed(1))
                .expectEvents(withOrganisation(deadlineMissed(1)));
    }

    @Test
    void recordsTheMissedDeadlineOnlyOncePerVersion() {
        on(THE_DAY_AFTER).given(plus(aSubmittedPlan(), deadlineMissed(1)))
                .when(missed(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsNothingMissedForAnAdoptedVersion() {
        on(THE_DAY_AFTER).given(anAdoptedPlan())
                .when(missed(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsNothingMissedForAVersionThePlanIsNotAt() {
        on(THE_DAY_AFTER).given(aVariationOfTheAdoptedPlan())
                .when(missed(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SEGRETARIO", "RESPONSABILE", "GIUNTA", "NDV"})
    void rejectsANearDeadlineRecordedByAPerson(Role role) {
        on(A_WEEK_BEFORE).given(aSubmittedPlan())
                .when(new RecordApprovalDeadlineNear(PLAN, 1, APPROVAL_DEADLINE, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SEGRETARIO", "RESPONSABILE", "GIUNTA", "NDV"})
    void rejectsAMissedDeadlineRecordedByAPerson(Role role) {
        on(THE_DAY_AFTER).given(aSubmittedPlan())
                .when(new RecordApprovalDeadlineMissed(PLAN, 1, APPROVAL_DEADLINE, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsANearWarningWithoutDeadline() {
        on(A_WEEK_BEFORE).given(aSubmittedPlan())
                .when(new RecordApprovalDeadlineNear(PLAN, 1, null, traccia()))
                .expectException(violation(MissingField.class, "deadline"))
                .expectNoEvents();
    }

    @Test
    void rejectsAMissedWarningWithoutDeadline() {
        on(THE_DAY_AFTER).given(aSubmittedPlan())
                .when(new RecordApprovalDeadlineMissed(PLAN, 1, null, traccia()))
                .expectException(violation(MissingField.class, "deadline"))
                .expectNoEvents();
    }

    /** A fixture whose clock reads the given day. */
    private static FixtureConfiguration<Plan> on(LocalDate today) {
        FixtureConfiguration<Plan> fixture = aFixture();
        fixture.registerInjectableResource(aClockOn(today));
        return fixture;
    }

    private static RecordApprovalDeadlineNear near(int version) {
        return new RecordApprovalDeadlineNear(PLAN, version, APPROVAL_DEADLINE, traccia());
    }

    private static RecordApprovalDeadlineMissed missed(int version) {
        return new RecordApprovalDeadlineMissed(PLAN, version, APPROVAL_DEADLINE, traccia());
    }
}
