package it.traccia.workflow.variation;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.OpenVariation;
import it.traccia.kernel.plan.command.RecordGiuntaApproval;
import it.traccia.kernel.plan.command.RecordGiuntaReturn;
import it.traccia.kernel.plan.command.SubmitPlan;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.Violation;
import it.traccia.workflow.PlanViews;
import it.traccia.workflow.RecordingCommandGateway;
import it.traccia.workflow.RouteDelegates;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.task.TaskDecision;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** The variation of an adopted plan, path by path, on an in-memory engine with the real delegates. */
@Deployment(resources = "bpmn/PlanVariation.bpmn")
class PlanVariationTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private static final PlanId PLAN = new PlanId("monte-cremasco-2027");
    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final Actor SINDACO = new Actor("sindaco", Role.GIUNTA);
    private static final String REASON = "Nuovo obiettivo finanziato dal PNRR";

    private final RecordingCommandGateway commands = new RecordingCommandGateway();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        RouteDelegates.register(commands, new ObjectMapper());
    }

    @AfterEach
    void unregisterDelegates() {
        RouteDelegates.unregister();
        BpmnAwareTests.reset();
    }

    @Test
    void opensTheDraftOfTheNextVersionAndWaitsForItsSubmission() {
        ProcessInstance variation = openVariation();

        assertThat(variation).isWaitingAt(PlanVariationProcess.CATCH_EVENT_PLAN_SUBMITTED);
        assertThat(commands.sent()).containsExactly(new OpenVariation(PLAN, 1, REASON, SEGRETARIO));
        assertThat(jobQuery().processInstanceId(variation.getId()).count()).isZero();
    }

    @Test
    void adoptsTheVariationWhenTheGiuntaApprovesIt() {
        ProcessInstance variation = openVariation();

        submit(variation);

        assertThat(variation).isWaitingAt(PlanVariationProcess.TASK_DECIDE_ON_VARIATION);
        assertThat(task(variation)).hasName("Deliberare sulla variazione")
                .hasCandidateGroup(GiuntaRoute.giuntaOf(PlanViews.ORGANISATION_ID));
        assertThat(task(variation).getDueDate()).isNull();

        complete(task(variation), approve("31", "2027-06-10"));

        assertThat(variation).isEnded().hasPassed(PlanVariationProcess.END_EVENT_VARIATION_ADOPTED);
        assertThat(commands.sent()).containsExactly(
                new OpenVariation(PLAN, 1, REASON, SEGRETARIO),
                new CheckPlanSubmission(PLAN, SEGRETARIO),
                new SubmitPlan(PLAN, 2, SEGRETARIO),
                new RecordGiuntaApproval(PLAN, 2, "31", LocalDate.of(2027, 6, 10), SINDACO));
    }

    @Test
    void waitsForTheNextSubmissionWhenTheGiuntaReturnsTheVariation() {
        ProcessInstance variation = openVariation();
        submit(variation);

        complete(task(variation), giuntaReturn("Manca l'indicatore del nuovo obiettivo"));

        assertThat(variation).isWaitingAt(PlanVariationProcess.CATCH_EVENT_PLAN_SUBMITTED);
        assertThat(commands.sent(RecordGiuntaReturn.class)).containsExactly(
                new RecordGiuntaReturn(PLAN, 2, "Manca l'indicatore del nuovo obiettivo", SINDACO));

        submit(variation);

        assertThat(variation).isWaitingAt(PlanVariationProcess.TASK_DECIDE_ON_VARIATION);
        assertThat(commands.sent(SubmitPlan.class)).hasSize(2);
    }

    @Test
    void keepsAnIncompleteVariationWaitingForTheNextSubmission() {
        ProcessInstance variation = openVariation();
        commands.answerChecksWith(List.of(new Violation("common/weight", "WeightsDoNotSumToHundred",
                "I pesi degli obiettivi comuni sommano 110, non 100")));

        submit(variation);

        assertThat(variation).isWaitingAt(PlanVariationProcess.CATCH_EVENT_PLAN_SUBMITTED);
        assertThat(commands.sent(SubmitPlan.class)).isEmpty();
        assertThat(runtimeService().getVariable(variation.getId(), GiuntaRoute.SUBMISSION_COMPLETE)).isEqualTo(false);
    }

    @Test
    void startsNothingWhenThePlanRefusesTheVariation() {
        NotAllowed refusal = new NotAllowed("RESPONSABILE", "aprire una variazione");
        commands.refuse(OpenVariation.class, refusal);

        assertThatThrownBy(this::openVariation).isSameAs(refusal);

        assertThat(processInstanceQuery().processDefinitionKey(PlanVariationProcess.KEY).count()).isZero();
    }

    private ProcessInstance openVariation() {
        Map<String, Object> variables = new HashMap<>(GiuntaRoute.actorVariables(SEGRETARIO));
        variables.putAll(GiuntaRoute.organisationVariables(PlanViews.ORGANISATION_ID));
        variables.put(GiuntaRoute.PLAN_ID, PLAN.value());
        variables.put(GiuntaRoute.VERSION, 2);
        variables.put(PlanVariationProcess.ADOPTED_VERSION, 1);
        variables.put(PlanVariationProcess.VARIATION_REASON, REASON);
        return runtimeService().startProcessInstanceByKey(PlanVariationProcess.KEY,
                GiuntaRoute.businessKey(PLAN, 2), variables);
    }

    private static void submit(ProcessInstance variation) {
        runtimeService().createMessageCorrelation(GiuntaRoute.MESSAGE_PLAN_SUBMITTED)
                .processInstanceId(variation.getId())
                .setVariables(GiuntaRoute.actorVariables(SEGRETARIO))
                .correlate();
    }

    private static Map<String, Object> approve(String resolutionNumber, String resolutionDate) {
        return new TaskDecision.Approve(resolutionNumber, LocalDate.parse(resolutionDate)).variables(SINDACO);
    }

    private static Map<String, Object> giuntaReturn(String remarks) {
        return new TaskDecision.Return(remarks).variables(SINDACO);
    }
}
