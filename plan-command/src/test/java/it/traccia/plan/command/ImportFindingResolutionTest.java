package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.aBalancedPlan;
import static it.traccia.plan.command.PlanFixtures.aCheckListing;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.importOfTheRealDraft;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.ResolveImportFinding;
import it.traccia.kernel.plan.event.ImportFindingResolved;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.TextTooLong;
import it.traccia.kernel.rule.UnknownFinding;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Segretario marks a finding (rilievo) of the import as resolved, saying how; the findings of the real draft are
 * 1 InvalidDate (phase 1.1 of Segreteria), 2 PhaseDueAfterObjective (phase 6.1), 3 InvalidDate (common phase 1.1).
 */
class ImportFindingResolutionTest {

    private static final String NOTE = "Data corretta al 30.06.2026";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void resolvesAFindingWithItsCodeAndNote() {
        fixture.givenCommands(importOfTheRealDraft())
                .when(new ResolveImportFinding(PLAN, 1, NOTE, segretario()))
                .expectEvents(withOrganisation(new ImportFindingResolved(PLAN, 1, "InvalidDate", NOTE, segretario())));
    }

    @Test
    void resolvesTheLastFinding() {
        fixture.givenCommands(importOfTheRealDraft())
                .when(new ResolveImportFinding(PLAN, 2, "Fase 6.1 anticipata", segretario()))
                .expectEvents(withOrganisation(new ImportFindingResolved(PLAN, 2, "PhaseDueAfterObjective",
                        "Fase 6.1 anticipata", segretario())));
    }

    @Test
    void recordsNothingWhenTheFindingIsAlreadyResolved() {
        fixture.givenCommands(importOfTheRealDraft())
                .andGiven(new ImportFindingResolved(PLAN, 1, "InvalidDate", NOTE, segretario()))
                .when(new ResolveImportFinding(PLAN, 1, "Di nuovo", segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void takesAResolvedFindingOutOfTheSubmissionCheck() {
        fixture.givenCommands(importOfTheRealDraft(), new ResolveImportFinding(PLAN, 3, NOTE, segretario()))
                .when(new CheckPlanSubmission(PLAN, segretario()))
                .expectResultMessagePayloadMatching(aCheckListing("PhaseDueAfterObjective Segreteria/6/6.1/deadline",
                        "UnresolvedImportFinding importFindings/1", "UnresolvedImportFinding importFindings/2"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void rejectsANumberTheImportDoesNotHave(int number) {
        fixture.givenCommands(importOfTheRealDraft())
                .when(new ResolveImportFinding(PLAN, number, NOTE, segretario()))
                .expectException(violation(UnknownFinding.class, "findingNumber"))
                .expectExceptionMessage("L'importazione del piano non ha un rilievo numero " + number)
                .expectNoEvents();
    }

    @Test
    void rejectsToResolveAFindingOfAPlanThatWasNotImported() {
        fixture.given(aBalancedPlan())
                .when(new ResolveImportFinding(PLAN, 1, NOTE, segretario()))
                .expectException(UnknownFinding.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsAResolutionWithoutNote(String note) {
        fixture.givenCommands(importOfTheRealDraft())
                .when(new ResolveImportFinding(PLAN, 1, note, segretario()))
                .expectException(violation(MissingField.class, "note"))
                .expectNoEvents();
    }

    @Test
    void rejectsANoteLongerThan2000Characters() {
        fixture.givenCommands(importOfTheRealDraft())
                .when(new ResolveImportFinding(PLAN, 1, "N".repeat(2001), segretario()))
                .expectException(violation(TextTooLong.class, "note"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsAResolutionByAnyoneButTheSegretario(Role role) {
        fixture.givenCommands(importOfTheRealDraft())
                .when(new ResolveImportFinding(PLAN, 1, NOTE, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }
}
