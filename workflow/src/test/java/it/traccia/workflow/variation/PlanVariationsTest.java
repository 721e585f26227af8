package it.traccia.workflow.variation;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.OpenVariation;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.PlanNotAdopted;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.workflow.PlanViewQueries;
import it.traccia.workflow.PlanViews;
import it.traccia.workflow.RecordingCommandGateway;
import it.traccia.workflow.TransactionalEngine;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.route.ProcessAlreadyStarted;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/** Opening variations through the service, in Spring transactions. */
@Deployment(resources = "bpmn/PlanVariation.bpmn")
class PlanVariationsTest {

    private static final TransactionalEngine ENGINE = TransactionalEngine.shared();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ENGINE.processEngine())
            .build();

    private static final PlanId PLAN = new PlanId("monte-cremasco-2027");
    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final String REASON = "Nuovo obiettivo finanziato dal PNRR";

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final PlanViewQueries plans = new PlanViewQueries();
    private PlanVariations variations;

    @BeforeEach
    void setUp() {
        ENGINE.prepare(commands, new ObjectMapper());
        variations = new PlanVariations(plans, ENGINE.processStarts(), ENGINE.transactionManager());
    }

    @AfterEach
    void tearDown() {
        ENGINE.reset();
    }

    @Test
    void opensTheNextVersionOfAnAdoptedPlan() {
        plans.show(PlanViews.anAdoptedPlan(PLAN.value(), 2, 2027));

        int version = variations.open(PLAN, REASON, SEGRETARIO);

        assertThat(version).isEqualTo(3);
        ProcessInstance variation = processInstanceQuery()
                .processInstanceBusinessKey(GiuntaRoute.businessKey(PLAN, 3)).singleResult();
        assertThat(variation).hasProcessDefinitionKey(PlanVariationProcess.KEY)
                .isWaitingAt(PlanVariationProcess.CATCH_EVENT_PLAN_SUBMITTED);
        assertThat(runtimeService().getVariable(variation.getId(), GiuntaRoute.VERSION)).isEqualTo(3);
        assertThat(commands.sent()).containsExactly(new OpenVariation(PLAN, 2, REASON, SEGRETARIO));
        assertThat(ENGINE.jdbc().queryForObject("select process_instance_id from process_business_key"
                + " where business_key = ?", String.class, "monte-cremasco-2027:3")).isEqualTo(variation.getId());
    }

    @Test
    void leavesNothingBehindWhenThePlanRefusesTheVariation() {
        plans.show(PlanViews.anAdoptedPlan(PLAN.value(), 1, 2027));
        NotAllowed refusal = new NotAllowed("RESPONSABILE", "aprire una variazione");
        commands.refuse(OpenVariation.class, refusal);

        assertThatThrownBy(() -> variations.open(PLAN, REASON, new Actor("rossi", Role.RESPONSABILE)))
                .isSameAs(refusal);

        assertThat(processInstanceQuery().count()).isZero();
        assertThat(ENGINE.jdbc().queryForObject("select count(*) from process_business_key", Integer.class)).isZero();
    }

    @Test
    void rejectsASecondVariationOfTheSameVersion() {
        plans.show(PlanViews.anAdoptedPlan(PLAN.value(), 1, 2027));
        variations.open(PLAN, REASON, SEGRETARIO);

        assertThatThrownBy(() -> variations.open(PLAN, REASON, SEGRETARIO)).isInstanceOf(ProcessAlreadyStarted.class);

        assertThat(processInstanceQuery().count()).isOne();
    }

    @Test
    void rejectsAPlanThatIsNotAdopted() {
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));

        assertThatThrownBy(() -> variations.open(PLAN, REASON, SEGRETARIO)).isInstanceOf(PlanNotAdopted.class);
    }

    @Test
    void rejectsAnUnknownPlan() {
        assertThatThrownBy(() -> variations.open(PLAN, REASON, SEGRETARIO)).isInstanceOf(UnknownPlan.class);
    }
}
