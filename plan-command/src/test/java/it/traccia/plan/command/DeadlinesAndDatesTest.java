package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_TEXT;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.RESOLUTION_NUMBER;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.TWENTY;
import static it.traccia.plan.command.PlanFixtures.aClockOn;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithPhases6_1And6_2;
import static it.traccia.plan.command.PlanFixtures.aSubmittedPlan;
import static it.traccia.plan.command.PlanFixtures.giunta;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;

import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.RecordGiuntaApproval;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.rule.DeadlineOutsideTriennio;
import it.traccia.kernel.rule.InvalidCharacters;
import it.traccia.kernel.rule.ResolutionDateInFuture;
import it.traccia.kernel.rule.ResolutionDateOutOfRange;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

/**
 * Dates that cannot belong to the plan are refused: a deadline outside its triennio (2026–2028), a delibera dated in
 * the future or before the year preceding the triennio; and texts with characters no one can see.
 */
class DeadlinesAndDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 27);

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2027-06-30", "2028-12-31"})
    void acceptsADeadlineWithinTheTriennio(String deadline) {
        aFixture().given(aPlanWithObjective6())
                .when(objective7DueOn(LocalDate.parse(deadline)))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "2025-12-31", "2029-01-01", "9999-12-31"})
    void rejectsADeadlineOutsideTheTriennio(String deadline) {
        LocalDate outside = LocalDate.parse(deadline);
        aFixture().given(aPlanWithObjective6())
                .when(objective7DueOn(outside))
                .expectException(violation(DeadlineOutsideTriennio.class, "deadline"))
                .expectNoEvents();
        aFixture().given(aPlanWithObjective6())
                .when(new ReviseObjective(PLAN, OBJECTIVE_6, ObjectiveKind.DEVELOPMENT, OBJECTIVE_6_TEXT, null, null,
                        outside, null, null, segretario()))
                .expectException(violation(DeadlineOutsideTriennio.class, "deadline"))
                .expectNoEvents();
        aFixture().given(aPlanWithObjective6())
                .when(new DefinePhase(PLAN, OBJECTIVE_6, new PhaseId("6.3"), "6.3", "Fase", FIFTY, null, null, outside,
                        segretario()))
                .expectException(violation(DeadlineOutsideTriennio.class, "deadline"))
                .expectNoEvents();
        aFixture().given(aPlanWithPhases6_1And6_2())
                .when(new RevisePhase(PLAN, PHASE_6_1, "Fase", null, null, outside, null, null, segretario()))
                .expectException(violation(DeadlineOutsideTriennio.class, "deadline"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "2024-12-31", "1970-01-01"})
    void rejectsADeliberaDatedBeforeTheYearPrecedingTheTriennio(String date) {
        onTheGiuntasDay().given(aSubmittedPlan())
                .when(new RecordGiuntaApproval(PLAN, 1, RESOLUTION_NUMBER, LocalDate.parse(date), giunta()))
                .expectException(violation(ResolutionDateOutOfRange.class, "resolutionDate"))
                .expectNoEvents();
    }

    @Test
    void acceptsADeliberaOfTheYearPrecedingTheTriennio() {
        onTheGiuntasDay().given(aSubmittedPlan())
                .when(new RecordGiuntaApproval(PLAN, 1, RESOLUTION_NUMBER, LocalDate.of(2025, 1, 1), giunta()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void stillRejectsADeliberaDatedInTheFuture() {
        onTheGiuntasDay().given(aSubmittedPlan())
                .when(new RecordGiuntaApproval(PLAN, 1, RESOLUTION_NUMBER, TODAY.plusDays(1), giunta()))
                .expectException(violation(ResolutionDateInFuture.class, "resolutionDate"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Testo\u0000nascosto", "Campanello\u0007", "Rovesciato\u202E", "Metà\uD800"})
    void rejectsTextsWithCharactersNoOneCanSee(String description) {
        aFixture().given(aPlanWithObjective6())
                .when(new DefineObjective(PLAN, SEGRETERIA, new ObjectiveId("segreteria-7"), "7",
                        ObjectiveKind.DEVELOPMENT, description, TWENTY, null, null, null, segretario()))
                .expectException(violation(InvalidCharacters.class, "description"))
                .expectNoEvents();
    }

    private static DefineObjective objective7DueOn(LocalDate deadline) {
        return new DefineObjective(PLAN, SEGRETERIA, new ObjectiveId("segreteria-7"), "7", ObjectiveKind.DEVELOPMENT,
                "Contrattazione decentrata", TWENTY, null, null, deadline, segretario());
    }

    private static FixtureConfiguration<Plan> onTheGiuntasDay() {
        FixtureConfiguration<Plan> fixture = aFixture();
        fixture.registerInjectableResource(aClockOn(TODAY));
        return fixture;
    }
}
