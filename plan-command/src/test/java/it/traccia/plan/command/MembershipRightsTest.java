package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.AREA_FINANZIARIA;
import static it.traccia.plan.command.PlanFixtures.COMMON_4;
import static it.traccia.plan.command.PlanFixtures.CREMONA;
import static it.traccia.plan.command.PlanFixtures.FIFTY;
import static it.traccia.plan.command.PlanFixtures.MONTE_CREMASCO;
import static it.traccia.plan.command.PlanFixtures.MONTE_CREMASCO_ID;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_DEADLINE;
import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6_TEXT;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.TWENTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithCommonObjective4;
import static it.traccia.plan.command.PlanFixtures.aPlanWithObjective6;
import static it.traccia.plan.command.PlanFixtures.aPlanWithPhases6_1And6_2;
import static it.traccia.plan.command.PlanFixtures.areaFinanziariaAdded;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.responsabileTecnica;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.segretarioElsewhere;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.DefinePlan;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.command.RemovePhase;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.NotHeadOfStructure;
import it.traccia.kernel.rule.UnknownPlan;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Each user acts only where they belong: the plan asks the memberships of its organisation (ente) who may do what,
 * whichever way the command arrives.
 */
class MembershipRightsTest {

    private static final String REASON = "Riequilibrio";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void letsTheHeadOfAStructureEditItsObjectivesAndPhases() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, FIFTY.plus(TWENTY), REASON, null, responsabile()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsEveryEditOfAResponsabileOnAStructureTheyDoNotHead() {
        Actor other = responsabileTecnica();
        ObjectiveId seven = new ObjectiveId("segreteria-7-nuovo");
        expectNotHead(aPlanWithObjective6(), new DefineObjective(PLAN, SEGRETERIA, seven, "7", ObjectiveKind.DEVELOPMENT,
                "Nuovo obiettivo", TWENTY, null, null, null, other));
        expectNotHead(aPlanWithObjective6(), new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, null, other));
        expectNotHead(aPlanWithObjective6(), new ReviseObjective(PLAN, OBJECTIVE_6, ObjectiveKind.MAINTENANCE,
                OBJECTIVE_6_TEXT, null, null, OBJECTIVE_6_DEADLINE, null, null, other));
        expectNotHead(aPlanWithObjective6(), new RemoveObjective(PLAN, OBJECTIVE_6, REASON, null, other));
        expectNotHead(aPlanWithObjective6(), new DefinePhase(PLAN, OBJECTIVE_6, new PhaseId("6.9"), "6.9", "Fase",
                FIFTY, null, null, null, other));
        expectNotHead(aPlanWithPhases6_1And6_2(), new ChangePhaseWeight(PLAN, PHASE_6_1, TWENTY, REASON, null, other));
        expectNotHead(aPlanWithPhases6_1And6_2(), new RevisePhase(PLAN, PHASE_6_1, "Altro testo", null, null, null,
                null, null, other));
        expectNotHead(aPlanWithPhases6_1And6_2(), new RemovePhase(PLAN, PHASE_6_1, REASON, null, other));
    }

    @Test
    void rejectsTheHeadOfSegreteriaOnAStructureWithoutHead() {
        fixture.given(plus(aPlanWithObjective6(), areaFinanziariaAdded()))
                .when(new DefineObjective(PLAN, AREA_FINANZIARIA, new ObjectiveId("af-1"), "1", ObjectiveKind.DEVELOPMENT,
                        "Rendiconto", TWENTY, null, null, null, responsabile()))
                .expectException(NotHeadOfStructure.class)
                .expectNoEvents();
    }

    @Test
    void letsOnlyTheSegretarioEditTheCommonObjectivesEvenForAHeadOfStructure() {
        fixture.given(aPlanWithCommonObjective4())
                .when(new ChangeObjectiveWeight(PLAN, COMMON_4, TWENTY_FIVE, REASON, null, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void answersAUserWithoutRoleInTheEnteAsIfThePlanDidNotExist() {
        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, null, segretarioElsewhere()))
                .expectException(UnknownPlan.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARoleTheUserDoesNotHoldInTheEnte() {
        Actor responsabileClaimingToBeSegretario = new Actor(responsabileTecnica().userId(), Role.SEGRETARIO);

        fixture.given(aPlanWithObjective6())
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, REASON, null,
                        responsabileClaimingToBeSegretario))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void letsOnlyTheSegretarioOfTheEnteOpenItsPlan() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, 2026,
                        segretarioElsewhere()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        aFixture().givenNoPriorActivity()
                .when(new DefinePlan(PLAN, OrganisationId.forName("Comune di Vailate"), "Comune di Vailate", CREMONA,
                        2026, 2028, 2026, segretario()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    private static void expectNotHead(List<Object> given, Object command) {
        aFixture().given(given).when(command).expectException(NotHeadOfStructure.class).expectNoEvents();
    }
}
