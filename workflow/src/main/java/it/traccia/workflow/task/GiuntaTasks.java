package it.traccia.workflow.task;

import it.traccia.kernel.Actor;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.Memberships;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.TaskAlreadyCompleted;
import it.traccia.kernel.rule.UnknownTask;
import it.traccia.workflow.approval.PlanApprovalProcess;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.route.RuleViolationCause;
import it.traccia.workflow.variation.PlanVariationProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Giunta's tasks (attività della Giunta) on the approval route: which are open for a person, and their completion
 * with a decision, which the next step records on the plan in the same transaction.
 */
@Component
public class GiuntaTasks {

    private static final String COMPLETED = "completed";
    /** How many times a completion is tried when a deadline timer changes the same process at the same moment. */
    private static final int MAX_ATTEMPTS = 3;

    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final Memberships memberships;
    private final TransactionTemplate transactions;

    public GiuntaTasks(TaskService taskService, HistoryService historyService, IdentityService identityService,
                       Memberships memberships, PlatformTransactionManager transactionManager) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.memberships = memberships;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The open tasks offered to the Giunta of every organisation in which the actor sits in the Giunta, or assigned to
     * the actor, oldest first.
     */
    public List<OpenTask> openTasksFor(Actor actor) {
        List<String> groups = giuntasOf(actor);
        TaskQuery query = taskService.createTaskQuery()
                .processDefinitionKeyIn(PlanApprovalProcess.KEY, PlanVariationProcess.KEY);
        if (groups.isEmpty()) {
            query.taskAssignee(actor.userId());
        } else {
            query.or().taskCandidateGroupIn(groups).taskAssignee(actor.userId()).endOr();
        }
        return query.orderByTaskCreateTime().asc()
                .list()
                .stream()
                .map(this::openTask)
                .toList();
    }

    /**
     * Completes the task with the decision of {@code actor}; the plan records it before the transaction commits.
     *
     * @throws UnknownTask                          when no task has this id
     * @throws TaskAlreadyCompleted                 when the task was completed before, or while this one ran
     * @throws NotAllowed                           when the actor sits in no Giunta and the task is not assigned to them
     * @throws UnknownTask                          also when the task belongs to a comune in whose Giunta the actor does
     *                                              not sit, as if it did not exist
     * @throws it.traccia.kernel.rule.RuleViolation when the plan refuses to record the decision; the task stays open
     */
    public void complete(String taskId, TaskDecision decision, Actor actor) {
        Objects.requireNonNull(decision, "decision");
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> completeInTransaction(taskId, decision, actor));
                return;
            } catch (OptimisticLockingException concurrentChange) {
                // Another transaction changed the process meanwhile: a second completion of the task, or a deadline
                // timer firing on the same process. Only the first is a conflict; after the second, try again.
                if (attempt == MAX_ATTEMPTS || !isOpen(taskId)) {
                    throw new TaskAlreadyCompleted(taskId);
                }
            } catch (RuntimeException failure) {
                throw RuleViolationCause.unwrap(failure);
            }
        }
    }

    private boolean isOpen(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() > 0;
    }

    private void completeInTransaction(String taskId, TaskDecision decision, Actor actor) {
        Task task = taskService.createTaskQuery()
                .taskId(taskId)
                .processDefinitionKeyIn(PlanApprovalProcess.KEY, PlanVariationProcess.KEY)
                .singleResult();
        if (task == null) {
            throw completedBefore(taskId) ? new TaskAlreadyCompleted(taskId) : new UnknownTask(taskId);
        }
        List<String> groups = giuntasOf(actor);
        if (!actor.userId().equals(task.getAssignee()) && !offeredToAny(taskId, groups)) {
            if (groups.isEmpty()) {
                throw new NotAllowed(actor.role().name(), "completare l'attività '" + task.getName() + "'");
            }
            throw new UnknownTask(taskId);
        }
        identityService.setAuthenticatedUserId(actor.userId());
        try {
            taskService.complete(taskId, decision.variables(actor));
        } catch (NotFoundException completedMeanwhile) {
            throw new TaskAlreadyCompleted(taskId);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private boolean completedBefore(String taskId) {
        return historyService.createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .finished()
                .taskDeleteReason(COMPLETED)
                .count() > 0;
    }

    private boolean offeredToAny(String taskId, List<String> groups) {
        List<IdentityLink> links = taskService.getIdentityLinksForTask(taskId);
        return links.stream().anyMatch(link ->
                IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId()));
    }

    private OpenTask openTask(Task task) {
        Map<String, Object> variables = taskService.getVariables(task.getId(),
                List.of(GiuntaRoute.PLAN_ID, GiuntaRoute.VERSION));
        return new OpenTask(task.getId(), task.getName(), (String) variables.get(GiuntaRoute.PLAN_ID),
                (Integer) variables.get(GiuntaRoute.VERSION), task.getCreateTime().toInstant(),
                dayOf(task.getDueDate()));
    }

    /** The day of a due date; Camunda read the ISO date as midnight in the JVM's zone, so it is read back in it. */
    private static LocalDate dayOf(Date dueDate) {
        return dueDate == null ? null : LocalDate.ofInstant(dueDate.toInstant(), ZoneId.systemDefault());
    }

    /** The candidate groups of the Giuntas the actor sits in, when acting as a member of the Giunta; none otherwise. */
    private List<String> giuntasOf(Actor actor) {
        if (actor.role() != Role.GIUNTA) {
            return List.of();
        }
        return memberships.organisationsWhere(actor.userId(), Role.GIUNTA).stream()
                .map(organisation -> GiuntaRoute.giuntaOf(organisation.value()))
                .sorted()
                .toList();
    }
}
