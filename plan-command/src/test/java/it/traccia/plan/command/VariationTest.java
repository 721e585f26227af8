package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_7;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_2;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.THIRTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aBalancedPlan;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aSubmittedPlan;
import static it.traccia.plan.command.PlanFixtures.aVariationOfTheAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.anAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.planAdopted;
import static it.traccia.plan.command.PlanFixtures.planSubmitted;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.OpenVariation;
import it.traccia.kernel.plan.command.SubmitPlan;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.VariationOpened;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.PlanNotAdopted;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.StaleVersion;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A variation (variazione) of the adopted plan: the draft of the next version, a copy of the adopted one, edited and
 * sent to the Giunta again while the adopted version stays as it was.
 */
class VariationTest {

    private static final String REASON = "Verifica intermedia: nuovo obiettivo sul PNRR";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void opensTheDraftOfVersion2() {
        fixture.given(anAdoptedPlan())
                .when(new OpenVariation(PLAN, 1, REASON, segretario()))
                .expectEvents(withOrganisation(new VariationOpened(PLAN, 1, 2, REASON, segretario())));
    }

    @Test
    void startsTheNewVersionFromTheAdoptedContent() {
        fixture.given(anAdoptedPlan())
                .when(new OpenVariation(PLAN, 1, REASON, segretario()))
                .expectState(plan -> {
                    assertThat(plan.contents().objectivesOf(SEGRETERIA)).extracting(Objective::id)
                            .containsExactly(OBJECTIVE_6, OBJECTIVE_7);
                    assertThat(plan.contents().phasesOf(OBJECTIVE_6)).extracting(Phase::id).containsExactly(PHASE_6_1, PHASE_6_2);
                });
    }

    @Test
    void letsTheVariationBeEdited() {
        fixture.given(aVariationOfTheAdoptedPlan())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, 1L, segretario()))
                .expectEvents(withOrganisation(
                        new ObjectiveWeightChanged(PLAN, OBJECTIVE_6, THIRTY, TWENTY_FIVE, REASON, 2, segretario())));
    }

    @Test
    void submitsTheVariationAsVersion2() {
        fixture.given(aVariationOfTheAdoptedPlan())
                .when(new SubmitPlan(PLAN, 2, segretario()))
                .expectEvents(withOrganisation(planSubmitted(2)));
    }

    @Test
    void rejectsToSubmitTheVariationAsVersion1() {
        fixture.given(aVariationOfTheAdoptedPlan())
                .when(new SubmitPlan(PLAN, 1, segretario()))
                .expectException(violation(StaleVersion.class, "version"))
                .expectExceptionMessage("Il piano è ora alla versione 2, non alla 1: ricarica e riprova")
                .expectNoEvents();
    }

    @Test
    void opensVersion3FromTheAdoptedVersion2() {
        fixture.given(plus(aVariationOfTheAdoptedPlan(), planSubmitted(2), planAdopted(2)))
                .when(new OpenVariation(PLAN, 2, REASON, segretario()))
                .expectEvents(withOrganisation(new VariationOpened(PLAN, 2, 3, REASON, segretario())));
    }

    @Test
    void rejectsAVariationOfAnOlderVersion() {
        fixture.given(plus(aVariationOfTheAdoptedPlan(), planSubmitted(2), planAdopted(2)))
                .when(new OpenVariation(PLAN, 1, REASON, segretario()))
                .expectException(violation(StaleVersion.class, "version"))
                .expectNoEvents();
    }

    @Test
    void rejectsAVariationOfAVersionNotYetAdopted() {
        fixture.given(anAdoptedPlan())
                .when(new OpenVariation(PLAN, 2, REASON, segretario()))
                .expectException(violation(StaleVersion.class, "version"))
                .expectNoEvents();
    }

    @Test
    void rejectsAVariationOfADraft() {
        fixture.given(aBalancedPlan())
                .when(new OpenVariation(PLAN, 1, REASON, segretario()))
                .expectException(PlanNotAdopted.class)
                .expectExceptionMessage("Si può variare solo un piano adottato; questo è nello stato DRAFT")
                .expectNoEvents();
    }

    @Test
    void rejectsAVariationOfAPlanTheGiuntaIsExamining() {
        fixture.given(aSubmittedPlan())
                .when(new OpenVariation(PLAN, 1, REASON, segretario()))
                .expectException(PlanNotAdopted.class)
                .expectNoEvents();
    }

    @Test
    void rejectsASecondVariationWhileOneIsOpen() {
        fixture.given(aVariationOfTheAdoptedPlan())
                .when(new OpenVariation(PLAN, 1, REASON, segretario()))
                .expectException(PlanNotAdopted.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsAVariationWithoutReason(String reason) {
        fixture.given(anAdoptedPlan())
                .when(new OpenVariation(PLAN, 1, reason, segretario()))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsAVariationOpenedByAnyoneButTheSegretario(Role role) {
        fixture.given(anAdoptedPlan())
                .when(new OpenVariation(PLAN, 1, REASON, actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }
}
