package it.traccia.plan.command;

import static it.traccia.kernel.ObjectiveKind.DEVELOPMENT;
import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.COMMON_4_TEXT;
import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_TEXT;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.TWENTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.objective6Defined;
import static it.traccia.plan.command.PlanFixtures.phase61Defined;
import static it.traccia.plan.command.PlanFixtures.planDefined;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.segreteriaAdded;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.PlanCommand;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.command.RemovePhase;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.command.SetCommonStrategicContext;
import it.traccia.kernel.plan.command.SetStrategicContext;
import it.traccia.kernel.rule.PlanNotInDraft;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.util.List;

/**
 * No event moves a plan out of the draft yet (the approval will add them), so these tests rebuild a plan from its
 * events and then mark it {@code SUBMITTED} directly, to show that every edit checks the status.
 */
class PlanNotInDraftTest {

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @ParameterizedTest
    @MethodSource("everyEdit")
    void rejectsEveryEditOfAPlanThatIsNotADraft(PlanCommand edit) {
        fixture.givenState(PlanNotInDraftTest::aSubmittedPlan)
                .when(edit)
                .expectException(PlanNotInDraft.class)
                .expectExceptionMessage("Il piano non è in bozza (stato SUBMITTED): non si può modificare")
                .expectNoEvents();
    }

    static List<PlanCommand> everyEdit() {
        return List.of(
                new AddStructure(PLAN, AREA_FINANZIARIA, "Area Finanziaria", "Rag. Laura Ferrari", null, segretario()),
                new SetStrategicContext(PLAN, SEGRETERIA, "Linea", "Obiettivo strategico", new MissionCode("01"),
                        "Obiettivo operativo", segretario()),
                new SetCommonStrategicContext(PLAN, "Linea", "Obiettivo strategico", null, "Obiettivo operativo", segretario()),
                new DefineObjective(PLAN, SEGRETERIA, new ObjectiveId("segreteria-7"), "7", DEVELOPMENT, OBJECTIVE_6_TEXT,
                        TWENTY, null, null, null, segretario()),
                new DefineCommonObjective(PLAN, new ObjectiveId("comune-4"), "4", DEVELOPMENT, COMMON_4_TEXT, TWENTY, null,
                        null, null, segretario()),
                new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, "Riequilibrio", null, segretario()),
                new ReviseObjective(PLAN, OBJECTIVE_6, DEVELOPMENT, "Nuovo testo", null, null, null, null, null, segretario()),
                new RemoveObjective(PLAN, OBJECTIVE_6, null, null, segretario()),
                new DefinePhase(PLAN, OBJECTIVE_6, new PhaseId("segreteria-6.2"), "6.2", "Compilazione.", FIFTY, null, null,
                        null, segretario()),
                new ChangePhaseWeight(PLAN, PHASE_6_1, TWENTY_FIVE, "Riequilibrio", null, segretario()),
                new RevisePhase(PLAN, PHASE_6_1, "Nuovo testo", null, null, null, null, null, segretario()),
                new RemovePhase(PLAN, PHASE_6_1, null, null, segretario()));
    }

    private static Plan aSubmittedPlan() {
        Plan plan = new Plan();
        plan.on(planDefined());
        plan.on(segreteriaAdded());
        plan.on(objective6Defined());
        plan.on(phase61Defined());
        try {
            Field status = Plan.class.getDeclaredField("status");
            status.setAccessible(true);
            status.set(plan, PlanStatus.SUBMITTED);
        } catch (ReflectiveOperationException noStatusField) {
            throw new AssertionError("Plan has no status field to set", noStatusField);
        }
        return plan;
    }
}
