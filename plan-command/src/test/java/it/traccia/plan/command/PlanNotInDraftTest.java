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
import static it.traccia.plan.command.PlanFixtures.planAdopted;
import static it.traccia.plan.command.PlanFixtures.planDefined;
import static it.traccia.plan.command.PlanFixtures.planSubmitted;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.segreteriaAdded;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.PlanCommand;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.command.RemovePhase;
import it.traccia.kernel.plan.command.ResolveImportFinding;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.command.SetCommonStrategicContext;
import it.traccia.kernel.plan.command.SetStrategicContext;
import it.traccia.kernel.rule.PlanNotInDraft;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/** A plan sent to the Giunta, or adopted, is frozen: every edit is refused until it is returned or a variation opens. */
class PlanNotInDraftTest {

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @ParameterizedTest
    @MethodSource("everyEdit")
    void rejectsEveryEditOfASubmittedPlan(PlanCommand edit) {
        fixture.given(aSubmittedPlanWithPhase6_1())
                .when(edit)
                .expectException(PlanNotInDraft.class)
                .expectExceptionMessage("Il piano non è in bozza (stato SUBMITTED): non si può modificare")
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyEdit")
    void rejectsEveryEditOfAnAdoptedPlan(PlanCommand edit) {
        fixture.given(plus(aSubmittedPlanWithPhase6_1(), planAdopted(1)))
                .when(edit)
                .expectException(PlanNotInDraft.class)
                .expectExceptionMessage("Il piano non è in bozza (stato ADOPTED): non si può modificare")
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
                new RemovePhase(PLAN, PHASE_6_1, null, null, segretario()),
                new ResolveImportFinding(PLAN, 1, "Data corretta nel documento", segretario()));
    }

    /** Segreteria with objective 6 and its phase 6.1, version 1 sent to the Giunta. */
    private static List<Object> aSubmittedPlanWithPhase6_1() {
        return List.of(planDefined(), segreteriaAdded(), objective6Defined(), phase61Defined(), planSubmitted(1));
    }
}
