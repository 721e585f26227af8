package it.traccia.workflow.variation;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.PlanNotAdopted;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.route.ProcessStarts;
import it.traccia.workflow.route.RuleViolationCause;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * Opens variations (variazioni) of adopted plans: starts {@code PlanVariation} for the next version, whose first step
 * opens the draft. The domain checks who may open it and why; a refusal leaves nothing behind.
 */
@Component
public class PlanVariations {

    private final QueryGateway queries;
    private final ProcessStarts starts;
    private final TransactionTemplate transactions;

    public PlanVariations(QueryGateway queries, ProcessStarts starts, PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.starts = starts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Opens a variation of the adopted plan for {@code reason}, asked by {@code actor}; returns the new version.
     *
     * @throws UnknownPlan                                       when there is no such plan
     * @throws PlanNotAdopted                                    when the plan is not adopted
     * @throws it.traccia.workflow.route.ProcessAlreadyStarted  when another request opened the same version
     * @throws it.traccia.kernel.rule.RuleViolation              any other refusal of {@code OpenVariation}
     */
    public int open(PlanId planId, String reason, Actor actor) {
        PlanView plan = queries.query(new FindPlanQuery(planId, actor.userId()), PlanView.class).join();
        if (plan == null) {
            throw new UnknownPlan(planId.value());
        }
        if (plan.status() != PlanStatus.ADOPTED) {
            throw new PlanNotAdopted(plan.status().name());
        }
        int adoptedVersion = plan.version();
        int version = adoptedVersion + 1;
        Map<String, Object> variables = new HashMap<>(GiuntaRoute.actorVariables(actor));
        variables.putAll(GiuntaRoute.organisationVariables(plan.organisationId()));
        variables.put(GiuntaRoute.PLAN_ID, planId.value());
        variables.put(GiuntaRoute.VERSION, version);
        variables.put(PlanVariationProcess.ADOPTED_VERSION, adoptedVersion);
        variables.put(PlanVariationProcess.VARIATION_REASON, reason);
        try {
            transactions.executeWithoutResult(status ->
                    starts.start(PlanVariationProcess.KEY, GiuntaRoute.businessKey(planId, version), variables));
        } catch (RuntimeException failure) {
            throw RuleViolationCause.unwrap(failure);
        }
        return version;
    }
}
