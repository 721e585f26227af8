package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA_HEAD;
import static it.traccia.plan.command.PlanFixtures.SEGRETERIA_HEAD_TITLE;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.aPlanWithSegreteria;
import static it.traccia.plan.command.PlanFixtures.aSubmittedPlan;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.anAdoptedPlan;
import static it.traccia.plan.command.PlanFixtures.planDefined;
import static it.traccia.plan.command.PlanFixtures.responsabile;
import static it.traccia.plan.command.PlanFixtures.responsabileTecnica;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.segreteriaAdded;
import static it.traccia.plan.command.PlanFixtures.violation;
import static it.traccia.plan.command.PlanFixtures.withOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.Actor;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.command.AssignStructureHead;
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.rule.HeadNotResponsabile;
import it.traccia.kernel.rule.InvalidUserId;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.UnknownStructure;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

/** The Segretario names the user who heads a structure (responsabile), in any status of the plan, saying why. */
class StructureHeadTest {

    private static final String REASON = "Decreto sindacale n. 3/2026 di nomina del responsabile";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void namesTheUserWhoHeadsTheStructure() {
        fixture.given(List.of(planDefined(), segreteriaAdded()))
                .when(assign(responsabile().userId(), segretario()))
                .expectEvents(withOrganisation(new StructureHeadAssigned(PLAN, SEGRETERIA, responsabile().userId(),
                        SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, REASON, segretario())));
    }

    @Test
    void handsTheStructureToAnotherResponsabile() {
        fixture.given(aPlanWithSegreteria())
                .when(new AssignStructureHead(PLAN, SEGRETERIA, responsabileTecnica().userId(), "Ing. Paolo Rossi", null,
                        REASON, segretario()))
                .expectEvents(withOrganisation(new StructureHeadAssigned(PLAN, SEGRETERIA,
                        responsabileTecnica().userId(), "Ing. Paolo Rossi", null, REASON, segretario())))
                .expectState(plan -> assertThat(plan.contents().structures().get(0)
                        .isHeadedBy(responsabile().userId())).isFalse());
    }

    @Test
    void letsTheSegretarioHeadAStructureToo() {
        fixture.given(List.of(planDefined(), segreteriaAdded()))
                .when(assign(segretario().userId(), segretario()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void changesTheHeadOfASubmittedOrAdoptedPlanBecausePeopleChangeDuringTheYear() {
        fixture.given(aSubmittedPlan())
                .when(assign(responsabileTecnica().userId(), segretario()))
                .expectSuccessfulHandlerExecution();
        aFixture().given(anAdoptedPlan())
                .when(assign(responsabileTecnica().userId(), segretario()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recordsNothingWhenTheSameHeadIsNamedAgain() {
        fixture.given(aPlanWithSegreteria())
                .when(assign(responsabile().userId(), segretario()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsAHeadNamedByAnyoneButTheSegretario(Role role) {
        fixture.given(aPlanWithSegreteria())
                .when(assign(responsabileTecnica().userId(), actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAHeadWhoIsNeitherResponsabileNorSegretarioOfTheEnte() {
        fixture.given(aPlanWithSegreteria())
                .when(assign(actingAs(Role.NDV).userId(), segretario()))
                .expectException(HeadNotResponsabile.class)
                .expectNoEvents();
        aFixture().given(aPlanWithSegreteria())
                .when(assign("qualcuno.di.fuori", segretario()))
                .expectException(HeadNotResponsabile.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"con spazi", "a/b", "ñandú"})
    void rejectsAUserIdThatNoIdentityHas(String userId) {
        fixture.given(aPlanWithSegreteria())
                .when(assign(userId, segretario()))
                .expectException(violation(InvalidUserId.class, "userId"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAHeadWithoutAReason(String reason) {
        fixture.given(aPlanWithSegreteria())
                .when(new AssignStructureHead(PLAN, SEGRETERIA, responsabileTecnica().userId(), SEGRETERIA_HEAD, null,
                        reason, segretario()))
                .expectException(violation(ReasonRequired.class, "reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsAHeadWithoutTheNameThePlanPrints() {
        fixture.given(aPlanWithSegreteria())
                .when(new AssignStructureHead(PLAN, SEGRETERIA, responsabileTecnica().userId(), " ", null, REASON,
                        segretario()))
                .expectException(violation(MissingField.class, "name"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownStructure() {
        fixture.given(aPlanWithSegreteria())
                .when(new AssignStructureHead(PLAN, new StructureId("nessuna"), responsabile().userId(), SEGRETERIA_HEAD,
                        null, REASON, segretario()))
                .expectException(UnknownStructure.class)
                .expectNoEvents();
    }

    private static AssignStructureHead assign(String userId, Actor actor) {
        return new AssignStructureHead(PLAN, SEGRETERIA, userId, SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, REASON, actor);
    }
}
