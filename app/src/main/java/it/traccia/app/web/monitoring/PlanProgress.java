package it.traccia.app.web.monitoring;

import it.traccia.app.security.CurrentActor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.monitoring.query.FindMonitoringRecordsQuery;
import it.traccia.kernel.monitoring.query.MonitoringRecordsView;
import it.traccia.kernel.monitoring.query.ProgressView;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindPlanVersionQuery;
import it.traccia.kernel.plan.query.FindPlanVersionsQuery;
import it.traccia.kernel.plan.query.PlanVersionSummaryView;
import it.traccia.kernel.plan.query.PlanVersionsView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.PlanNotAdopted;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.plan.query.monitoring.ProgressViews;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The progress of a plan in force (stato di avanzamento) as its readers see it: the version the Giunta adopted last,
 * with what each structure recorded of it; for the API, the pages and the reminders alike. A plan never adopted has
 * none ({@link PlanNotAdopted}); a plan the user may not read is {@link UnknownPlan}.
 */
@Component
public class PlanProgress {

    private final QueryGateway queries;
    private final CurrentActor actor;

    PlanProgress(QueryGateway queries, CurrentActor actor) {
        this.queries = queries;
        this.actor = actor;
    }

    /** The progress as the signed-in user reads it. */
    public ProgressView of(String planId) {
        return of(planId, actor.userId());
    }

    /** The progress as this user reads it (the reminders ask for each head in turn). */
    public ProgressView of(String planId, String userId) {
        PlanId id = new PlanId(planId);
        PlanView current = queries.query(new FindPlanQuery(id, userId), PlanView.class).join();
        if (current == null) {
            throw new UnknownPlan(planId);
        }
        PlanView inForce = versionInForce(id, userId, current);
        MonitoringRecordsView records = queries.query(new FindMonitoringRecordsQuery(id, userId),
                ResponseTypes.instanceOf(MonitoringRecordsView.class)).join();
        if (records == null) {
            throw new UnknownPlan(planId);
        }
        return ProgressViews.of(inForce, current, records);
    }

    private PlanView versionInForce(PlanId planId, String userId, PlanView current) {
        if (current.adoption() != null) {
            return current;
        }
        PlanVersionsView adopted = queries.query(new FindPlanVersionsQuery(planId, userId), PlanVersionsView.class)
                .join();
        List<PlanVersionSummaryView> all = adopted == null ? List.of() : adopted.versions();
        if (all.isEmpty()) {
            throw PlanNotAdopted.forMonitoring(current.status().name());
        }
        return queries.query(new FindPlanVersionQuery(planId, all.get(all.size() - 1).version(), userId),
                PlanView.class).join();
    }
}
