package it.traccia.app.web.page;

import it.traccia.app.security.CurrentActor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.UnknownPlan;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The plan a page shows (piano leggibile), read through the same query as the API: a plan the signed-in user holds no
 * role in is unknown to them ({@link UnknownPlan}, 404), as on {@code GET /api/plans/{planId}}.
 */
@Component
class ReadablePlans {

    private final QueryGateway queries;
    private final CurrentActor actor;

    ReadablePlans(QueryGateway queries, CurrentActor actor) {
        this.queries = queries;
        this.actor = actor;
    }

    PlanView plan(String planId) {
        PlanView plan = queries.query(new FindPlanQuery(new PlanId(planId), actor.userId()), PlanView.class).join();
        if (plan == null) {
            throw new UnknownPlan(planId);
        }
        return plan;
    }
}
