package it.traccia.plan.command;

import static it.traccia.kernel.ObjectiveKind.DEVELOPMENT;
import static it.traccia.kernel.ObjectiveKind.LEGAL_OBLIGATION;
import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.COMMON_4;
import static it.traccia.plan.command.PlanFixtures.END_OF_2026;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_DEADLINE;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_2;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.TWENTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.areaFinanziariaAdded;
import static it.traccia.plan.command.PlanFixtures.common4Defined;
import static it.traccia.plan.command.PlanFixtures.commonPhase41Defined;
import static it.traccia.plan.command.PlanFixtures.objective6Defined;
import static it.traccia.plan.command.PlanFixtures.phase61Defined;
import static it.traccia.plan.command.PlanFixtures.phase62Defined;
import static it.traccia.plan.command.PlanFixtures.planDefined;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.segreteriaAdded;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The plan keeps each weight set (objectives of a structure, common objectives, phases of an objective) for the submission check. */
class WeightSetsTest {

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void keepsTheObjectivesOfTheSegreteriaAsOneBalancedSet() {
        fixture.given(theSegreteriaOfTheDraft())
                .when(new DefineObjective(PLAN, AREA_FINANZIARIA, new ObjectiveId("area-finanziaria-1"), "1", DEVELOPMENT,
                        "Rendiconto.", TWENTY, null, null, null, segretario()))
                .expectState(plan -> {
                    assertThat(plan.contents().structures()).extracting(Structure::id).containsExactly(SEGRETERIA, AREA_FINANZIARIA);
                    assertThat(plan.contents().objectivesOf(SEGRETERIA)).extracting(Objective::number)
                            .containsExactly("1", "2", "3", "4", "5", "6", "7");
                    assertThat(sumOfObjectives(plan.contents().objectivesOf(SEGRETERIA))).isEqualTo(balanced("100"));
                    assertThat(sumOfObjectives(plan.contents().objectivesOf(AREA_FINANZIARIA))).isEqualTo(unbalanced("20"));
                });
    }

    @Test
    void unbalancesTheSegreteriaWhenObjective6DropsFrom30To25() {
        fixture.given(theSegreteriaOfTheDraft())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, "Meno lavoro del previsto", 1L, segretario()))
                .expectState(plan -> {
                    assertThat(sumOfObjectives(plan.contents().objectivesOf(SEGRETERIA))).isEqualTo(unbalanced("95"));
                    assertThat(plan.contents().objectivesOf(SEGRETERIA)).filteredOn(objective -> objective.id().equals(OBJECTIVE_6))
                            .singleElement()
                            .satisfies(objective -> assertThat(objective.revision()).isEqualTo(2));
                });
    }

    @Test
    void keepsTheCommonObjectivesApartFromTheStructures() {
        fixture.given(List.of(planDefined(), segreteriaAdded(), objective6Defined(), common4Defined()))
                .when(new DefineCommonObjective(PLAN, new ObjectiveId("comune-5"), "5", LEGAL_OBLIGATION,
                        "Formazione obbligatoria.", TWENTY, null, null, null, segretario()))
                .expectState(plan -> {
                    assertThat(plan.contents().commonObjectives()).extracting(Objective::id)
                            .containsExactly(COMMON_4, new ObjectiveId("comune-5"));
                    assertThat(sumOfObjectives(plan.contents().commonObjectives())).isEqualTo(unbalanced("40"));
                    assertThat(plan.contents().objectivesOf(SEGRETERIA)).extracting(Objective::id).containsExactly(OBJECTIVE_6);
                });
    }

    @Test
    void keepsThePhasesOfEachObjectiveWithTheirWeightsAndDeadlines() {
        fixture.given(List.of(planDefined(), segreteriaAdded(), objective6Defined(), phase61Defined(), phase62Defined(),
                        common4Defined(), commonPhase41Defined()))
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, "Riequilibrio", null, segretario()))
                .expectState(plan -> {
                    assertThat(plan.contents().phasesOf(OBJECTIVE_6)).extracting(Phase::id).containsExactly(PHASE_6_1, PHASE_6_2);
                    assertThat(plan.contents().phasesOf(OBJECTIVE_6)).extracting(Phase::deadline)
                            .containsExactly(END_OF_2026, OBJECTIVE_6_DEADLINE);
                    assertThat(sumOfPhases(plan.contents().phasesOf(OBJECTIVE_6))).isEqualTo(balanced("100"));
                    assertThat(sumOfPhases(plan.contents().phasesOf(COMMON_4))).isEqualTo(balanced("100"));
                });
    }

    @Test
    void forgetsARemovedObjectiveAndItsPhases() {
        fixture.given(List.of(planDefined(), segreteriaAdded(), objective6Defined(), phase61Defined(), phase62Defined()))
                .when(new RemoveObjective(PLAN, OBJECTIVE_6, "Obiettivo superato", null, segretario()))
                .expectState(plan -> {
                    assertThat(plan.contents().objectivesOf(SEGRETERIA)).isEmpty();
                    assertThat(plan.contents().phasesOf(OBJECTIVE_6)).isEmpty();
                    assertThat(sumOfObjectives(plan.contents().objectivesOf(SEGRETERIA)))
                            .as("a structure left without objectives has nothing to share out")
                            .isEqualTo(balanced("0"));
                });
    }

    /** The seven objectives of the Segreteria in the real draft: 10 + 10 + 10 + 10 + 10 + 30 + 20. */
    private static List<Object> theSegreteriaOfTheDraft() {
        List<Object> events = new ArrayList<>(List.of(planDefined(), segreteriaAdded(), areaFinanziariaAdded()));
        for (int number = 1; number <= 5; number++) {
            events.add(new ObjectiveDefined(PLAN, SEGRETERIA, new ObjectiveId("segreteria-" + number), String.valueOf(number),
                    LEGAL_OBLIGATION, "Obiettivo obbligatorio di legge " + number + ".", Weight.of("10"), null, null,
                    END_OF_2026, segretario()));
        }
        events.add(objective6Defined());
        events.add(new ObjectiveDefined(PLAN, SEGRETERIA, new ObjectiveId("segreteria-7"), "7", DEVELOPMENT,
                "Gestione e coordinamento della contrattazione decentrata integrativa.", TWENTY, null, null, END_OF_2026,
                segretario()));
        return events;
    }

    private static WeightSum sumOfObjectives(List<Objective> objectives) {
        return WeightSum.of(objectives.stream().map(Objective::weight).toList());
    }

    private static WeightSum sumOfPhases(List<Phase> phases) {
        return WeightSum.of(phases.stream().map(Phase::weight).toList());
    }

    private static WeightSum balanced(String total) {
        return new WeightSum(new BigDecimal(total), true);
    }

    private static WeightSum unbalanced(String total) {
        return new WeightSum(new BigDecimal(total), false);
    }
}
