package it.traccia.workflow.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.PlanNotInDraft;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.kernel.rule.Violation;
import it.traccia.workflow.approval.PlanApprovalProcess;
import it.traccia.workflow.approval.PlanApprovalStarter;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.route.RuleViolationCause;
import it.traccia.workflow.route.SubmissionViolations;
import it.traccia.workflow.variation.PlanVariationProcess;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Submits plans to the Giunta (trasmissione alla Giunta): the first submission of version 1 starts its approval, a
 * later one resumes the version's waiting process, which checks completeness before it freezes the plan.
 */
@Component
public class PlanSubmissions {

    private static final String MESSAGE_EVENT = "message";

    private final QueryGateway queries;
    private final RuntimeService runtime;
    private final PlanApprovalStarter approvals;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;

    public PlanSubmissions(QueryGateway queries, RuntimeService runtime, PlanApprovalStarter approvals,
                           ObjectMapper json, PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.runtime = runtime;
        this.approvals = approvals;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Submits the current draft of the plan, on behalf of the Segretario {@code actor}. When the completeness check
     * fails, the process's wait for the next submission commits first, then every broken rule is reported.
     *
     * @throws UnknownPlan                                      when there is no such plan
     * @throws NotAllowed                                       when the actor is not the Segretario
     * @throws PlanNotInDraft                                   when the plan is not a draft, or is being submitted
     * @throws RuleViolations                                   when the completeness check fails, with every rule
     *                                                          broken; the process keeps waiting for the next try
     * @throws it.traccia.workflow.route.ProcessAlreadyStarted when another request started the same approval
     * @throws it.traccia.kernel.rule.RuleViolation             any other refusal of the commands the steps send
     */
    public void submit(PlanId planId, Actor actor) {
        PlanView plan = queries.query(new FindPlanQuery(planId, actor.userId()), PlanView.class).join();
        if (plan == null) {
            throw new UnknownPlan(planId.value());
        }
        if (actor.role() != Role.SEGRETARIO) {
            throw new NotAllowed(actor.role().name(), "trasmettere il piano alla Giunta");
        }
        if (plan.status() != PlanStatus.DRAFT) {
            throw new PlanNotInDraft(plan.status().name());
        }
        List<Violation> violations;
        try {
            violations = transactions.execute(status -> submitInTransaction(planId, plan, actor));
        } catch (OptimisticLockingException concurrentSubmission) {
            throw new PlanNotInDraft(PlanStatus.SUBMITTED.name());
        } catch (RuntimeException failure) {
            throw RuleViolationCause.unwrap(failure);
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
    }

    /** Starts or resumes the version's process; returns the violations of its completeness check. */
    private List<Violation> submitInTransaction(PlanId planId, PlanView plan, Actor actor) {
        String businessKey = GiuntaRoute.businessKey(planId, plan.version());
        ProcessInstance running = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(PlanApprovalProcess.KEY, PlanVariationProcess.KEY)
                .singleResult();
        String processInstanceId;
        if (running != null) {
            resume(running, actor);
            processInstanceId = running.getId();
        } else if (plan.version() == 1) {
            processInstanceId = approvals.start(planId, plan.organisationId(), plan.year(), actor);
        } else {
            throw new IllegalStateException("Version " + plan.version() + " of plan " + planId
                    + " is a draft without its variation process");
        }
        if (Boolean.TRUE.equals(runtime.getVariable(processInstanceId, GiuntaRoute.SUBMISSION_COMPLETE))) {
            return List.of();
        }
        return SubmissionViolations.read(json,
                (byte[]) runtime.getVariable(processInstanceId, GiuntaRoute.SUBMISSION_VIOLATIONS));
    }

    /** Correlates the submission with the process, which must be waiting for it. */
    private void resume(ProcessInstance running, Actor actor) {
        boolean waitingForSubmission = runtime.createEventSubscriptionQuery()
                .processInstanceId(running.getId())
                .eventType(MESSAGE_EVENT)
                .eventName(GiuntaRoute.MESSAGE_PLAN_SUBMITTED)
                .count() > 0;
        if (!waitingForSubmission) {
            throw new PlanNotInDraft(PlanStatus.SUBMITTED.name());
        }
        runtime.createMessageCorrelation(GiuntaRoute.MESSAGE_PLAN_SUBMITTED)
                .processInstanceId(running.getId())
                .setVariables(GiuntaRoute.actorVariables(actor))
                .correlateWithResult();
    }
}
