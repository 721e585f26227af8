package it.traccia.workflow.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.SubmitPlan;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.PlanNotInDraft;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.kernel.rule.UnresolvedImportFinding;
import it.traccia.kernel.rule.Violation;
import it.traccia.workflow.PlanViewQueries;
import it.traccia.workflow.PlanViews;
import it.traccia.workflow.RecordingCommandGateway;
import it.traccia.workflow.TransactionalEngine;
import it.traccia.workflow.approval.PlanApprovalProcess;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.route.ProcessAlreadyStarted;
import it.traccia.workflow.variation.PlanVariationProcess;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/** Submissions through the service, in Spring transactions: what commits, what rolls back, what is answered. */
@Deployment(resources = {"bpmn/PlanApproval.bpmn", "bpmn/PlanVariation.bpmn"})
class PlanSubmissionsTest {

    private static final TransactionalEngine ENGINE = TransactionalEngine.shared();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ENGINE.processEngine())
            .build();

    private static final PlanId PLAN = new PlanId("monte-cremasco-2027");
    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final List<Violation> TWO_VIOLATIONS = List.of(
            new Violation("Segreteria/6/weight", "WeightsDoNotSumToHundred", "I pesi di Segreteria sommano 90, non 100"),
            new Violation("Segreteria/6/6.1/deadline", "MissingDeadline", "L'obiettivo 6.1 non ha una scadenza"));

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final PlanViewQueries plans = new PlanViewQueries();
    private PlanSubmissions submissions;

    @BeforeEach
    void setUp() {
        ObjectMapper json = new ObjectMapper();
        ENGINE.prepare(commands, json);
        submissions = new PlanSubmissions(plans, ENGINE.processEngine().getRuntimeService(), ENGINE.approvalStarter(),
                json, ENGINE.transactionManager());
    }

    @AfterEach
    void tearDown() {
        ENGINE.reset();
    }

    @Test
    void startsTheApprovalOfTheFirstVersionAndSendsItToTheGiunta() {
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));

        submissions.submit(PLAN, SEGRETARIO);

        ProcessInstance approval = approvalOf(1);
        assertThat(approval).isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN)
                .hasProcessDefinitionKey(PlanApprovalProcess.KEY);
        assertThat(runtimeService().getVariables(approval.getId())).containsEntry(GiuntaRoute.VERSION, 1)
                .containsEntry(PlanApprovalProcess.APPROVAL_DEADLINE, "2027-01-31")
                .containsEntry(PlanApprovalProcess.DEADLINE_WARNING_AT, "2027-01-16T00:00:00")
                .containsEntry(PlanApprovalProcess.DEADLINE_MISSED_AT, "2027-02-01T00:00:00");
        assertThat(commands.sent()).containsExactly(
                new CheckPlanSubmission(PLAN, SEGRETARIO), new SubmitPlan(PLAN, 1, SEGRETARIO));
        assertThat(recordedStarts()).containsExactly(Map.of(
                "BUSINESS_KEY", "monte-cremasco-2027:1",
                "PROCESS_DEFINITION_KEY", PlanApprovalProcess.KEY,
                "PROCESS_INSTANCE_ID", approval.getId()));
    }

    @Test
    void reportsEveryViolationAndKeepsTheProcessWaitingForTheNextSubmission() {
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));
        commands.answerChecksWith(TWO_VIOLATIONS);

        RuleViolations refusal = catchThrowableOfType(RuleViolations.class, () -> submissions.submit(PLAN, SEGRETARIO));

        assertThat(refusal.violations()).isEqualTo(TWO_VIOLATIONS);
        assertThat(approvalOf(1)).isWaitingAt(PlanApprovalProcess.CATCH_EVENT_PLAN_RESUBMITTED);
        assertThat(recordedStarts()).hasSize(1);
        assertThat(commands.sent(SubmitPlan.class)).isEmpty();
    }

    @Test
    void resumesTheWaitingApprovalOnTheNextSubmission() {
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));
        commands.answerChecksWith(TWO_VIOLATIONS);
        assertThatThrownBy(() -> submissions.submit(PLAN, SEGRETARIO)).isInstanceOf(RuleViolations.class);
        commands.answerChecksWith(List.of());

        submissions.submit(PLAN, SEGRETARIO);

        assertThat(approvalOf(1)).isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(processInstanceQuery().count()).isOne();
        assertThat(commands.sent(CheckPlanSubmission.class)).hasSize(2);
    }

    @Test
    void resumesTheVariationOfALaterVersion() {
        ProcessInstance variation = aWaitingVariationOfVersion(2);
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 2, 2027));

        submissions.submit(PLAN, SEGRETARIO);

        assertThat(variation).isWaitingAt(PlanVariationProcess.TASK_DECIDE_ON_VARIATION);
        assertThat(commands.sent(SubmitPlan.class)).containsExactly(new SubmitPlan(PLAN, 2, SEGRETARIO));
    }

    @Test
    void rejectsASubmissionWhileTheGiuntaDecides() {
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));
        submissions.submit(PLAN, SEGRETARIO);

        assertThatThrownBy(() -> submissions.submit(PLAN, SEGRETARIO)).isInstanceOf(PlanNotInDraft.class);

        assertThat(commands.sent(SubmitPlan.class)).hasSize(1);
    }

    @Test
    void rollsTheStartBackWhenThePlanRefusesToBeSubmitted() {
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));
        UnresolvedImportFinding refusal = new UnresolvedImportFinding("importFindings/3", 3, "MissingWeight",
                "Peso mancante");
        commands.refuse(SubmitPlan.class, refusal);

        assertThatThrownBy(() -> submissions.submit(PLAN, SEGRETARIO)).isSameAs(refusal);

        assertThat(processInstanceQuery().count()).isZero();
        assertThat(recordedStarts()).isEmpty();
    }

    @Test
    void rejectsASecondStartOfTheSameVersion() {
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));
        ENGINE.jdbc().update("insert into process_business_key values (?, ?, ?, current_timestamp)",
                "monte-cremasco-2027:1", PlanApprovalProcess.KEY, "started-by-another-request");

        assertThatThrownBy(() -> submissions.submit(PLAN, SEGRETARIO)).isInstanceOf(ProcessAlreadyStarted.class);

        assertThat(processInstanceQuery().count()).isZero();
    }

    @Test
    void rejectsAnyoneButTheSegretario() {
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));

        assertThatThrownBy(() -> submissions.submit(PLAN, new Actor("rossi", Role.RESPONSABILE)))
                .isInstanceOf(NotAllowed.class);

        assertThat(processInstanceQuery().count()).isZero();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void rejectsAnUnknownPlan() {
        assertThatThrownBy(() -> submissions.submit(PLAN, SEGRETARIO)).isInstanceOf(UnknownPlan.class);
    }

    @Test
    void rejectsAPlanThatIsNotADraft() {
        plans.show(PlanViews.aSubmittedPlan(PLAN.value(), 1, 2027));

        assertThatThrownBy(() -> submissions.submit(PLAN, SEGRETARIO))
                .isInstanceOf(PlanNotInDraft.class)
                .hasMessageContaining("SUBMITTED");
    }

    private ProcessInstance approvalOf(int version) {
        return processInstanceQuery().processInstanceBusinessKey(GiuntaRoute.businessKey(PLAN, version))
                .singleResult();
    }

    private ProcessInstance aWaitingVariationOfVersion(int version) {
        Map<String, Object> variables = new HashMap<>(GiuntaRoute.actorVariables(SEGRETARIO));
        variables.putAll(GiuntaRoute.organisationVariables(PlanViews.ORGANISATION_ID));
        variables.put(GiuntaRoute.PLAN_ID, PLAN.value());
        variables.put(GiuntaRoute.VERSION, version);
        variables.put(PlanVariationProcess.ADOPTED_VERSION, version - 1);
        variables.put(PlanVariationProcess.VARIATION_REASON, "Nuovo obiettivo");
        return runtimeService().startProcessInstanceByKey(PlanVariationProcess.KEY,
                GiuntaRoute.businessKey(PLAN, version), variables);
    }

    private static List<Map<String, Object>> recordedStarts() {
        return ENGINE.jdbc().queryForList(
                "select business_key, process_definition_key, process_instance_id from process_business_key");
    }
}
