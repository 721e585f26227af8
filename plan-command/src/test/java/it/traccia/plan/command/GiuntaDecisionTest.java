package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.RESOLUTION_DATE;
import static it.traccia.plan.command.PlanFixtures.RESOLUTION_NUMBER;
import static it.traccia.plan.command.PlanFixtures.THIRTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aBalancedPlan;
import static it.traccia.plan.command.PlanFixtures.aClockOn;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aSubmittedPlan;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.anAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.giunta;
import static it.traccia.plan.command.PlanFixtures.planSubmitted;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.variationOpened;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.violations;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.RecordGiuntaApproval;
import it.traccia.kernel.plan.command.RecordGiuntaReturn;
import it.traccia.kernel.plan.command.SubmitPlan;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PlanAdopted;
import it.traccia.kernel.plan.event.PlanReturned;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.PlanNotSubmitted;
import it.traccia.kernel.rule.ResolutionDateInFuture;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.StaleVersion;
import it.traccia.kernel.rule.TextTooLong;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

/**
 * The Giunta's decision on the submitted version (delibera di Giunta): adopted with the number and date of the
 * delibera, or returned with remarks. Today is 27.01.2026 on the plan's clock.
 */
class GiuntaDecisionTest {

    private static final String REMARKS = "Rivedere i pesi degli obiettivi di sviluppo";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
        fixture.registerInjectableResource(aClockOn(RESOLUTION_DATE));
    }

    @Test
    void adoptsTheSubmittedVersionWithItsDelibera() {
        fixture.given(aSubmittedPlan())
                .when(approval(1, RESOLUTION_NUMBER, RESOLUTION_DATE))
                .expectEvents(withOrganisation(
                        new PlanAdopted(PLAN, 1, RESOLUTION_NUMBER, RESOLUTION_DATE, giunta())));
    }

    @Test
    void recordsADeliberaOfAnEarlierDay() {
        LocalDate lastWeek = RESOLUTION_DATE.minusDays(7);
        fixture.given(aSubmittedPlan())
                .when(approval(1, RESOLUTION_NUMBER, lastWeek))
                .expectEvents(withOrganisation(new PlanAdopted(PLAN, 1, RESOLUTION_NUMBER, lastWeek, giunta())));
    }

    @Test
    void rejectsADeliberaDatedTomorrow() {
        fixture.given(aSubmittedPlan())
                .when(approval(1, RESOLUTION_NUMBER, RESOLUTION_DATE.plusDays(1)))
                .expectException(violation(ResolutionDateInFuture.class, "resolutionDate"))
                .expectExceptionMessage("La delibera non può avere una data futura (28.01.2026, oggi è 27.01.2026)")
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsAnApprovalWithoutResolutionNumber(String number) {
        fixture.given(aSubmittedPlan())
                .when(approval(1, number, RESOLUTION_DATE))
                .expectException(violation(MissingField.class, "resolutionNumber"))
                .expectNoEvents();
    }

    @Test
    void rejectsAResolutionNumberLongerThan200Characters() {
        fixture.given(aSubmittedPlan())
                .when(approval(1, "1".repeat(201), RESOLUTION_DATE))
                .expectException(violation(TextTooLong.class, "resolutionNumber"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnApprovalWithoutResolutionDate() {
        fixture.given(aSubmittedPlan())
                .when(approval(1, RESOLUTION_NUMBER, null))
                .expectException(violation(MissingField.class, "resolutionDate"))
                .expectNoEvents();
    }

    @Test
    void reportsTheMissingNumberAndDateTogether() {
        fixture.given(aSubmittedPlan())
                .when(approval(1, null, null))
                .expectException(RuleViolations.class)
                .expectException(violations("MissingField resolutionNumber", "MissingField resolutionDate"))
                .expectNoEvents();
    }

    @Test
    void reportsTheMissingNumberAndTheFutureDateTogether() {
        fixture.given(aSubmittedPlan())
                .when(approval(1, " ", RESOLUTION_DATE.plusMonths(1)))
                .expectException(RuleViolations.class)
                .expectException(violations("MissingField resolutionNumber", "ResolutionDateInFuture resolutionDate"))
                .expectNoEvents();
    }

    @Test
    void rejectsToApproveADraft() {
        fixture.given(aBalancedPlan())
                .when(approval(1, RESOLUTION_NUMBER, RESOLUTION_DATE))
                .expectException(PlanNotSubmitted.class)
                .expectExceptionMessage("Il piano non è all'esame della Giunta (stato DRAFT)")
                .expectNoEvents();
    }

    @Test
    void rejectsToApproveTwice() {
        fixture.given(anAdoptedPlan())
                .when(approval(1, RESOLUTION_NUMBER, RESOLUTION_DATE))
                .expectException(PlanNotSubmitted.class)
                .expectExceptionMessage("Il piano non è all'esame della Giunta (stato ADOPTED)")
                .expectNoEvents();
    }

    @Test
    void rejectsToApproveAVersionOtherThanTheSubmittedOne() {
        // given version 2, a variation of the adopted version 1, submitted
        fixture.given(plus(anAdoptedPlan(), variationOpened(), planSubmitted(2)))
                .when(approval(1, RESOLUTION_NUMBER, RESOLUTION_DATE))
                .expectException(violation(StaleVersion.class, "version"))
                .expectExceptionMessage("Il piano è ora alla versione 2, non alla 1: ricarica e riprova")
                .expectNoEvents();
    }

    @Test
    void adoptsTheVariationAsVersion2() {
        fixture.given(plus(anAdoptedPlan(), variationOpened(), planSubmitted(2)))
                .when(approval(2, "48", RESOLUTION_DATE))
                .expectEvents(withOrganisation(new PlanAdopted(PLAN, 2, "48", RESOLUTION_DATE, giunta())));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SEGRETARIO", "RESPONSABILE", "NDV", "SYSTEM"})
    void rejectsAnApprovalRecordedByAnyoneButTheGiunta(Role role) {
        fixture.given(aSubmittedPlan())
                .when(new RecordGiuntaApproval(PLAN, 1, RESOLUTION_NUMBER, RESOLUTION_DATE, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void returnsTheSubmittedVersionWithRemarks() {
        fixture.given(aSubmittedPlan())
                .when(new RecordGiuntaReturn(PLAN, 1, REMARKS, giunta()))
                .expectEvents(withOrganisation(new PlanReturned(PLAN, 1, REMARKS, giunta())));
    }

    @Test
    void letsAReturnedPlanBeEditedAgain() {
        fixture.given(plus(aSubmittedPlan(), new PlanReturned(PLAN, 1, REMARKS, giunta())))
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REMARKS, 1L, segretario()))
                .expectEvents(withOrganisation(
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, REMARKS, 2, segretario())));
    }

    @Test
    void letsAReturnedPlanBeSubmittedAgainAsTheSameVersion() {
        fixture.given(plus(aSubmittedPlan(), new PlanReturned(PLAN, 1, REMARKS, giunta())))
                .when(new SubmitPlan(PLAN, 1, segretario()))
                .expectEvents(withOrganisation(planSubmitted(1)));
    }

    @Test
    void rejectsToApproveAReturnedPlan() {
        fixture.given(plus(aSubmittedPlan(), new PlanReturned(PLAN, 1, REMARKS, giunta())))
                .when(approval(1, RESOLUTION_NUMBER, RESOLUTION_DATE))
                .expectException(PlanNotSubmitted.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsAReturnWithoutRemarks(String remarks) {
        fixture.given(aSubmittedPlan())
                .when(new RecordGiuntaReturn(PLAN, 1, remarks, giunta()))
                .expectException(violation(MissingField.class, "remarks"))
                .expectNoEvents();
    }

    @Test
    void rejectsRemarksLongerThan4000Characters() {
        fixture.given(aSubmittedPlan())
                .when(new RecordGiuntaReturn(PLAN, 1, "R".repeat(4001), giunta()))
                .expectException(violation(TextTooLong.class, "remarks"))
                .expectNoEvents();
    }

    @Test
    void rejectsToReturnADraft() {
        fixture.given(aBalancedPlan())
                .when(new RecordGiuntaReturn(PLAN, 1, REMARKS, giunta()))
                .expectException(PlanNotSubmitted.class)
                .expectNoEvents();
    }

    @Test
    void rejectsToReturnAnAdoptedPlan() {
        fixture.given(anAdoptedPlan())
                .when(new RecordGiuntaReturn(PLAN, 1, REMARKS, giunta()))
                .expectException(PlanNotSubmitted.class)
                .expectNoEvents();
    }

    @Test
    void rejectsToReturnAVersionOtherThanTheSubmittedOne() {
        fixture.given(aSubmittedPlan())
                .when(new RecordGiuntaReturn(PLAN, 2, REMARKS, giunta()))
                .expectException(violation(StaleVersion.class, "version"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SEGRETARIO", "RESPONSABILE", "NDV", "SYSTEM"})
    void rejectsAReturnRecordedByAnyoneButTheGiunta(Role role) {
        fixture.given(aSubmittedPlan())
                .when(new RecordGiuntaReturn(PLAN, 1, REMARKS, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    private static RecordGiuntaApproval approval(int version, String number, LocalDate date) {
        return new RecordGiuntaApproval(PLAN, version, number, date, giunta());
    }
}
