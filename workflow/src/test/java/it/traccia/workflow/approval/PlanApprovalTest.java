package it.traccia.workflow.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.RecordApprovalDeadlineMissed;
import it.traccia.kernel.plan.command.RecordApprovalDeadlineNear;
import it.traccia.kernel.plan.command.RecordGiuntaApproval;
import it.traccia.kernel.plan.command.RecordGiuntaReturn;
import it.traccia.kernel.plan.command.SubmitPlan;
import it.traccia.kernel.rule.PlanNotInDraft;
import it.traccia.kernel.rule.ResolutionDateInFuture;
import it.traccia.kernel.rule.Violation;
import it.traccia.workflow.PlanViews;
import it.traccia.workflow.RecordingCommandGateway;
import it.traccia.workflow.RouteDelegates;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.route.SubmissionViolations;
import it.traccia.workflow.task.TaskDecision;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/** The approval of a plan's first version, path by path, on an in-memory engine with the real delegates. */
@Deployment(resources = "bpmn/PlanApproval.bpmn")
class PlanApprovalTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private static final PlanId PLAN = new PlanId("monte-cremasco-2027");
    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final Actor SINDACO = new Actor("sindaco", Role.GIUNTA);
    private static final ApprovalDeadline DEADLINE =
            new ApprovalDeadlineProperties(MonthDay.of(1, 31), Period.ofDays(15)).forYear(2027);
    private static final List<Violation> TWO_VIOLATIONS = List.of(
            new Violation("Segreteria/6/weight", "WeightsDoNotSumToHundred", "I pesi di Segreteria sommano 90, non 100"),
            new Violation("Segreteria/6/6.1/deadline", "MissingDeadline", "L'obiettivo 6.1 non ha una scadenza"));

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        RouteDelegates.register(commands, json);
    }

    @AfterEach
    void unregisterDelegates() {
        RouteDelegates.unregister();
        BpmnAwareTests.reset();
    }

    @Test
    void adoptsThePlanWhenTheGiuntaApprovesIt() {
        ProcessInstance approval = submit();

        assertThat(approval).isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(task(approval)).hasName("Deliberare sul piano").hasCandidateGroup(GiuntaRoute.giuntaOf(PlanViews.ORGANISATION_ID))
                .hasDueDate(startOf(LocalDate.of(2027, 1, 31)));

        complete(task(approval), approve("12", "2027-01-20"));

        assertThat(approval).isEnded().hasPassed(GiuntaRoute.SERVICE_TASK_RECORD_GIUNTA_APPROVAL,
                PlanApprovalProcess.END_EVENT_PLAN_ADOPTED);
        assertThat(commands.sent()).containsExactly(
                new CheckPlanSubmission(PLAN, SEGRETARIO),
                new SubmitPlan(PLAN, 1, SEGRETARIO),
                new RecordGiuntaApproval(PLAN, 1, "12", LocalDate.of(2027, 1, 20), SINDACO));
        assertThat(jobQuery().processInstanceId(approval.getId()).count()).isZero();
    }

    @Test
    void waitsForTheNextSubmissionWhenTheGiuntaReturnsThePlan() {
        ProcessInstance approval = submit();

        complete(task(approval), giuntaReturn("Rivedere i pesi dell'area tecnica"));

        assertThat(approval).isWaitingAt(PlanApprovalProcess.CATCH_EVENT_PLAN_RESUBMITTED);
        assertThat(commands.sent(RecordGiuntaReturn.class)).containsExactly(
                new RecordGiuntaReturn(PLAN, 1, "Rivedere i pesi dell'area tecnica", SINDACO));

        resubmit(approval);

        assertThat(approval).isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(task(approval)).hasName("Deliberare sul piano");
        assertThat(commands.sent(CheckPlanSubmission.class)).hasSize(2);
        assertThat(commands.sent(SubmitPlan.class)).containsExactly(
                new SubmitPlan(PLAN, 1, SEGRETARIO), new SubmitPlan(PLAN, 1, SEGRETARIO));
    }

    @Test
    void keepsAnIncompletePlanWaitingWithEveryViolation() {
        commands.answerChecksWith(TWO_VIOLATIONS);

        ProcessInstance approval = submit();

        assertThat(approval).isWaitingAt(PlanApprovalProcess.CATCH_EVENT_PLAN_RESUBMITTED);
        assertThat(commands.sent(SubmitPlan.class)).isEmpty();
        assertThat(runtimeService().getVariable(approval.getId(), GiuntaRoute.SUBMISSION_COMPLETE)).isEqualTo(false);
        assertThat(violationsOf(approval)).isEqualTo(TWO_VIOLATIONS);

        commands.answerChecksWith(List.of());
        resubmit(approval);

        assertThat(approval).isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(violationsOf(approval)).isEmpty();
    }

    @Test
    void keepsMoreViolationsThanAStringVariableHolds() {
        List<Violation> many = IntStream.rangeClosed(1, 60)
                .mapToObj(number -> new Violation("Area tecnica/" + number + "/indicator", "MissingIndicator",
                        "L'obiettivo " + number + " dell'area tecnica non ha un indicatore"))
                .toList();
        commands.answerChecksWith(many);

        ProcessInstance approval = submit();

        assertThat(json.valueToTree(many).toString()).hasSizeGreaterThan(4000);
        assertThat(violationsOf(approval)).isEqualTo(many);
    }

    @Test
    void recordsThatTheDeadlineIsNearWhileTheGiuntaDecides() {
        ProcessInstance approval = submit();
        assertThat(job(PlanApprovalProcess.TIMER_DEADLINE_NEAR, approval))
                .hasDueDate(startOf(LocalDate.of(2027, 1, 16)));

        execute(job(PlanApprovalProcess.TIMER_DEADLINE_NEAR, approval));

        assertThat(commands.sent(RecordApprovalDeadlineNear.class)).containsExactly(
                new RecordApprovalDeadlineNear(PLAN, 1, LocalDate.of(2027, 1, 31), GiuntaRoute.TRACCIA));
        assertThat(approval).hasPassed(PlanApprovalProcess.END_EVENT_DEADLINE_NEAR_RECORDED)
                .isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(task(approval)).hasName("Deliberare sul piano");
    }

    @Test
    void recordsThatTheDeadlineWasMissedWhileTheGiuntaDecides() {
        ProcessInstance approval = submit();
        assertThat(job(PlanApprovalProcess.TIMER_DEADLINE_MISSED, approval))
                .hasDueDate(startOf(LocalDate.of(2027, 2, 1)));

        execute(job(PlanApprovalProcess.TIMER_DEADLINE_MISSED, approval));

        assertThat(commands.sent(RecordApprovalDeadlineMissed.class)).containsExactly(
                new RecordApprovalDeadlineMissed(PLAN, 1, LocalDate.of(2027, 1, 31), GiuntaRoute.TRACCIA));
        assertThat(approval).hasPassed(PlanApprovalProcess.END_EVENT_DEADLINE_MISSED_RECORDED)
                .isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(jobQuery().processInstanceId(approval.getId()).activityId(PlanApprovalProcess.TIMER_DEADLINE_NEAR)
                .count()).isOne();
    }

    @Test
    void recordsThatTheDeadlineWasMissedWhileThePlanIsBackInDraft() {
        commands.answerChecksWith(TWO_VIOLATIONS);
        ProcessInstance approval = submit();

        execute(job(PlanApprovalProcess.TIMER_DEADLINE_MISSED, approval));

        assertThat(commands.sent(RecordApprovalDeadlineMissed.class)).hasSize(1);
        assertThat(approval).isWaitingAt(PlanApprovalProcess.CATCH_EVENT_PLAN_RESUBMITTED);
    }

    @Test
    void leavesTheTaskOpenWhenThePlanRefusesTheApproval() {
        ProcessInstance approval = submit();
        Task decision = task(approval);
        ResolutionDateInFuture refusal =
                new ResolutionDateInFuture("resolutionDate", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 20));
        commands.refuse(RecordGiuntaApproval.class, refusal);

        assertThatThrownBy(() -> taskService().complete(decision.getId(), approve("12", "2027-03-01")))
                .isSameAs(refusal);

        assertThat(approval).isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(task(approval).getId()).isEqualTo(decision.getId());
        assertThat(runtimeService().getVariable(approval.getId(), GiuntaRoute.DECISION)).isNull();
    }

    @Test
    void startsNothingWhenThePlanRefusesTheSubmission() {
        PlanNotInDraft refusal = new PlanNotInDraft("SUBMITTED");
        commands.refuse(SubmitPlan.class, refusal);

        assertThatThrownBy(this::submit).isSameAs(refusal);

        assertThat(processInstanceQuery().processDefinitionKey(PlanApprovalProcess.KEY).count()).isZero();
    }

    private ProcessInstance submit() {
        Map<String, Object> variables = new HashMap<>(GiuntaRoute.actorVariables(SEGRETARIO));
        variables.putAll(GiuntaRoute.organisationVariables(PlanViews.ORGANISATION_ID));
        variables.put(GiuntaRoute.PLAN_ID, PLAN.value());
        variables.put(GiuntaRoute.VERSION, 1);
        variables.putAll(DEADLINE.variables());
        return runtimeService().startProcessInstanceByKey(PlanApprovalProcess.KEY,
                GiuntaRoute.businessKey(PLAN, 1), variables);
    }

    private static void resubmit(ProcessInstance approval) {
        runtimeService().createMessageCorrelation(GiuntaRoute.MESSAGE_PLAN_SUBMITTED)
                .processInstanceId(approval.getId())
                .setVariables(GiuntaRoute.actorVariables(SEGRETARIO))
                .correlate();
    }

    private static Map<String, Object> approve(String resolutionNumber, String resolutionDate) {
        return new TaskDecision.Approve(resolutionNumber, LocalDate.parse(resolutionDate)).variables(SINDACO);
    }

    private static Map<String, Object> giuntaReturn(String remarks) {
        return new TaskDecision.Return(remarks).variables(SINDACO);
    }

    private List<Violation> violationsOf(ProcessInstance approval) {
        return SubmissionViolations.read(json,
                (byte[]) runtimeService().getVariable(approval.getId(), GiuntaRoute.SUBMISSION_VIOLATIONS));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
