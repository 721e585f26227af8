package it.traccia.workflow.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.RecordGiuntaApproval;
import it.traccia.kernel.plan.command.RecordGiuntaReturn;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.ResolutionDateInFuture;
import it.traccia.kernel.rule.TaskAlreadyCompleted;
import it.traccia.kernel.rule.UnknownTask;
import it.traccia.workflow.GiuntaMembers;
import it.traccia.workflow.PlanViewQueries;
import it.traccia.workflow.PlanViews;
import it.traccia.workflow.RecordingCommandGateway;
import it.traccia.workflow.TransactionalEngine;
import it.traccia.workflow.approval.PlanApprovalProcess;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.submission.PlanSubmissions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/** The Giunta's tasks through the service, in Spring transactions: who sees them, who completes them, what rolls back. */
@Deployment(resources = {"bpmn/PlanApproval.bpmn", "bpmn/PlanVariation.bpmn"})
class GiuntaTasksTest {

    private static final TransactionalEngine ENGINE = TransactionalEngine.shared();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ENGINE.processEngine())
            .build();

    private static final PlanId PLAN = new PlanId("monte-cremasco-2027");
    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final Actor SINDACO = new Actor("sindaco", Role.GIUNTA);
    /** The Sindaco of another comune, in whose Giunta the plan's decision is not. */
    private static final Actor SINDACO_ELSEWHERE = new Actor("sindaco-vailate", Role.GIUNTA);

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private GiuntaTasks tasks;
    private PlanSubmissions submissions;

    @BeforeEach
    void setUp() {
        ProcessEngine engine = ENGINE.processEngine();
        ObjectMapper json = new ObjectMapper();
        ENGINE.prepare(commands, json);
        PlanViewQueries plans = new PlanViewQueries();
        plans.show(PlanViews.aDraftPlan(PLAN.value(), 1, 2027));
        submissions = new PlanSubmissions(plans, engine.getRuntimeService(), ENGINE.approvalStarter(), json,
                ENGINE.transactionManager());
        tasks = new GiuntaTasks(engine.getTaskService(), engine.getHistoryService(), engine.getIdentityService(),
                new GiuntaMembers(Map.of(SINDACO.userId(), PlanViews.ORGANISATION_ID,
                        SINDACO_ELSEWHERE.userId(), "ente-vailate")), ENGINE.transactionManager());
    }

    @AfterEach
    void tearDown() {
        ENGINE.reset();
    }

    @Test
    void offersTheDecisionToTheGiunta() {
        submitThePlan();

        OpenTask task = onlyTaskOf(SINDACO);

        assertThat(task.name()).isEqualTo("Deliberare sul piano");
        assertThat(task.planId()).isEqualTo(PLAN.value());
        assertThat(task.version()).isEqualTo(1);
        assertThat(task.due()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(task.created()).isNotNull();
    }

    @Test
    void offersNothingToOtherRoles() {
        submitThePlan();

        assertThat(tasks.openTasksFor(SEGRETARIO)).isEmpty();
        assertThat(tasks.openTasksFor(new Actor("revisore", Role.NDV))).isEmpty();
    }

    @Test
    void offersNothingToTheGiuntaOfAnotherComuneAndHidesTheTaskFromIt() {
        submitThePlan();
        OpenTask task = onlyTaskOf(SINDACO);

        assertThat(tasks.openTasksFor(SINDACO_ELSEWHERE)).isEmpty();
        assertThatThrownBy(() -> tasks.complete(task.id(), new TaskDecision.Return("Non è il nostro piano"),
                SINDACO_ELSEWHERE)).isInstanceOf(UnknownTask.class);
        assertThat(commands.sent()).noneMatch(RecordGiuntaReturn.class::isInstance);
    }

    @Test
    void offersATaskToTheUserItIsAssignedTo() {
        submitThePlan();
        taskService().setAssignee(onlyTaskOf(SINDACO).id(), SEGRETARIO.userId());

        assertThat(tasks.openTasksFor(SEGRETARIO)).hasSize(1);
    }

    @Test
    void recordsTheApprovalAndEndsTheApproval() {
        ProcessInstance approval = submitThePlan();
        OpenTask task = onlyTaskOf(SINDACO);

        tasks.complete(task.id(), new TaskDecision.Approve("12", LocalDate.of(2027, 1, 20)), SINDACO);

        assertThat(approval).isEnded().hasPassed(PlanApprovalProcess.END_EVENT_PLAN_ADOPTED);
        assertThat(commands.sent(RecordGiuntaApproval.class)).containsExactly(
                new RecordGiuntaApproval(PLAN, 1, "12", LocalDate.of(2027, 1, 20), SINDACO));
        assertThat(historyService().createUserOperationLogQuery().taskId(task.id()).userId("sindaco").count())
                .isPositive();
    }

    @Test
    void recordsTheReturnAndWaitsForTheNextSubmission() {
        ProcessInstance approval = submitThePlan();

        tasks.complete(onlyTaskOf(SINDACO).id(), new TaskDecision.Return("Rivedere i pesi"), SINDACO);

        assertThat(approval).isWaitingAt(PlanApprovalProcess.CATCH_EVENT_PLAN_RESUBMITTED);
        assertThat(commands.sent(RecordGiuntaReturn.class)).containsExactly(
                new RecordGiuntaReturn(PLAN, 1, "Rivedere i pesi", SINDACO));
        assertThat(tasks.openTasksFor(SINDACO)).isEmpty();
    }

    @Test
    void keepsTheTaskOpenWhenThePlanRefusesTheDecision() {
        ProcessInstance approval = submitThePlan();
        OpenTask task = onlyTaskOf(SINDACO);
        ResolutionDateInFuture refusal =
                new ResolutionDateInFuture("resolutionDate", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 20));
        commands.refuse(RecordGiuntaApproval.class, refusal);

        assertThatThrownBy(() -> tasks.complete(task.id(),
                new TaskDecision.Approve("12", LocalDate.of(2027, 3, 1)), SINDACO)).isSameAs(refusal);

        assertThat(approval).isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(onlyTaskOf(SINDACO).id()).isEqualTo(task.id());
        assertThat(runtimeService().getVariable(approval.getId(), GiuntaRoute.DECISION)).isNull();
    }

    @Test
    void rejectsATaskCompletedBefore() {
        submitThePlan();
        OpenTask task = onlyTaskOf(SINDACO);
        tasks.complete(task.id(), new TaskDecision.Return("Rivedere i pesi"), SINDACO);

        assertThatThrownBy(() -> tasks.complete(task.id(), new TaskDecision.Return("Ancora"), SINDACO))
                .isInstanceOf(TaskAlreadyCompleted.class);
    }

    @Test
    void rejectsAnUnknownTask() {
        assertThatThrownBy(() -> tasks.complete("no-such-task", new TaskDecision.Return("Rivedere"), SINDACO))
                .isInstanceOf(UnknownTask.class);
    }

    @Test
    void rejectsSomeoneOutsideTheGiunta() {
        ProcessInstance approval = submitThePlan();
        OpenTask task = onlyTaskOf(SINDACO);

        assertThatThrownBy(() -> tasks.complete(task.id(), new TaskDecision.Return("Rivedere"), SEGRETARIO))
                .isInstanceOf(NotAllowed.class);

        assertThat(approval).isWaitingAt(PlanApprovalProcess.TASK_DECIDE_ON_PLAN);
        assertThat(commands.sent(RecordGiuntaReturn.class)).isEmpty();
    }

    /** Submits the plan; the approval then waits for the Giunta (the deployment exists only once a test runs). */
    private ProcessInstance submitThePlan() {
        submissions.submit(PLAN, SEGRETARIO);
        return processInstanceQuery().processInstanceBusinessKey(GiuntaRoute.businessKey(PLAN, 1)).singleResult();
    }

    private OpenTask onlyTaskOf(Actor actor) {
        assertThat(tasks.openTasksFor(actor)).hasSize(1);
        return tasks.openTasksFor(actor).get(0);
    }
}
