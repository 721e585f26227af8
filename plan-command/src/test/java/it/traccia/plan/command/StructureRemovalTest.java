package it.traccia.plan.command;

import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.command.RemoveStructure;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.event.StructureRemoved;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.PlanNotInDraft;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownPhase;
import it.traccia.kernel.rule.UnknownStructure;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static it.traccia.plan.command.PlanFixtures.OBJECTIVE_6;
import static it.traccia.plan.command.PlanFixtures.PHASE_6_1;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.THIRTY;
import static it.traccia.plan.command.PlanFixtures.TWENTY_FIVE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithPhases6_1And6_2;
import static it.traccia.plan.command.PlanFixtures.aSubmittedPlan;
import static it.traccia.plan.command.PlanFixtures.plus;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;

/** The removal of a structure (rimozione di una struttura) with its objectives and phases, by the Segretario only. */
class StructureRemovalTest {

    private static final String REASON = "Servizio trasferito all'Unione dei comuni";
    private static final StructureRemoved SEGRETERIA_REMOVED = new StructureRemoved(PLAN, SEGRETERIA, REASON, segretario());

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void removesAStructureSayingWhy() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemoveStructure(PLAN, SEGRETERIA, REASON, segretario()))
                .expectEvents(withOrganisation(SEGRETERIA_REMOVED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void rejectsARemovalWithoutAReason(String reason) {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemoveStructure(PLAN, SEGRETERIA, reason, segretario()))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsARemovalByTheHeadOfTheStructure() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemoveStructure(PLAN, SEGRETERIA, REASON, responsabile()))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARemovalOfAPlanSentToTheGiunta() {
        fixture.given(aSubmittedPlan())
                .when(new RemoveStructure(PLAN, SEGRETERIA, REASON, segretario()))
                .expectException(PlanNotInDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAStructureThePlanDoesNotHave() {
        fixture.given(aPlanWithPhases6_1And6_2())
                .when(new RemoveStructure(PLAN, new StructureId("ragioneria"), REASON, segretario()))
                .expectException(UnknownStructure.class)
                .expectNoEvents();
    }

    @Test
    void removesItsObjectivesAndTheirPhases() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), SEGRETERIA_REMOVED))
                .when(new ChangeObjectiveWeight(PLAN, OBJECTIVE_6, TWENTY_FIVE, "Riequilibrio", null, segretario()))
                .expectException(UnknownObjective.class)
                .expectNoEvents();
        fixture.given(plus(aPlanWithPhases6_1And6_2(), SEGRETERIA_REMOVED))
                .when(new ChangePhaseWeight(PLAN, PHASE_6_1, THIRTY, "Riequilibrio", null, segretario()))
                .expectException(UnknownPhase.class)
                .expectNoEvents();
    }

    @Test
    void freesItsNameForANewStructure() {
        StructureId newSegreteria = new StructureId("segreteria-bis");
        fixture.given(plus(aPlanWithPhases6_1And6_2(), SEGRETERIA_REMOVED))
                .when(new AddStructure(PLAN, newSegreteria, "Segreteria", "Marco Gregoli", null, segretario()))
                .expectEvents(withOrganisation(new StructureAdded(PLAN, newSegreteria, "Segreteria", "Marco Gregoli",
                        null, segretario())));
    }

    @Test
    void keepsItsIdUsed() {
        fixture.given(plus(aPlanWithPhases6_1And6_2(), SEGRETERIA_REMOVED))
                .when(new AddStructure(PLAN, SEGRETERIA, "Segreteria", "Marco Gregoli", null, segretario()))
                .expectException(violation(DuplicateId.class, "structureId"))
                .expectNoEvents();
    }
}
