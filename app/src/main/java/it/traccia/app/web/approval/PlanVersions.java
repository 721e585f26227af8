package it.traccia.app.web.approval;

import it.traccia.app.security.CurrentActor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindPlanVersionQuery;
import it.traccia.kernel.plan.query.FindPlanVersionsQuery;
import it.traccia.kernel.plan.query.PlanDifferenceView;
import it.traccia.kernel.plan.query.PlanVersionsView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.plan.query.diff.PlanDiff;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The versions of a plan as its readers see them (versioni): each adopted one exactly as adopted, the one in
 * preparation (a variation's draft, or a plan before its first adoption) as it stands, and the difference between any
 * two. For the API and the pages alike; a plan the user may not read is {@link UnknownPlan}.
 */
@Component
public class PlanVersions {

    private final QueryGateway queries;
    private final CurrentActor actor;

    PlanVersions(QueryGateway queries, CurrentActor actor) {
        this.queries = queries;
        this.actor = actor;
    }

    public PlanView current(String planId) {
        PlanView plan = queries.query(new FindPlanQuery(new PlanId(planId), actor.userId()), PlanView.class).join();
        if (plan == null) {
            throw new UnknownPlan(planId);
        }
        return plan;
    }

    public PlanVersionsView adopted(String planId) {
        PlanVersionsView versions = queries.query(new FindPlanVersionsQuery(new PlanId(planId), actor.userId()),
                PlanVersionsView.class).join();
        if (versions == null) {
            throw new UnknownPlan(planId);
        }
        return versions;
    }

    /** One adopted version exactly as the Giunta adopted it; {@link UnknownVersion} when it was never adopted. */
    public PlanView adopted(String planId, int version) {
        PlanView adopted = queries.query(new FindPlanVersionQuery(new PlanId(planId), version, actor.userId()),
                PlanView.class).join();
        if (adopted == null) {
            current(planId);
            throw new UnknownVersion(planId, version);
        }
        return adopted;
    }

    /** A version adopted, or the one in preparation when it is the plan's current version and not yet adopted. */
    public PlanView version(String planId, int version) {
        PlanView current = current(planId);
        if (version == current.version() && current.adoption() == null) {
            return current;
        }
        return adopted(planId, version);
    }

    /** What changed from version {@code from} to version {@code to}, either of them adopted or in preparation. */
    public PlanDifferenceView difference(String planId, int from, int to) {
        return PlanDiff.between(version(planId, from), version(planId, to));
    }
}
