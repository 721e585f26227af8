package it.traccia.app.web.monitoring;

import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.approval.PlanVersions;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.monitoring.query.FindMonitoringRecordsQuery;
import it.traccia.kernel.monitoring.query.MonitoringRecordsView;
import it.traccia.kernel.monitoring.query.ProgressView;
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
 * with what each structure recorded of it; for the API and the pages alike. A plan never adopted has none
 * ({@link PlanNotAdopted}); a plan the user may not read is {@link UnknownPlan}.
 */
@Component
public class PlanProgress {

    private final PlanVersions versions;
    private final QueryGateway queries;
    private final CurrentActor actor;

    PlanProgress(PlanVersions versions, QueryGateway queries, CurrentActor actor) {
        this.versions = versions;
        this.queries = queries;
        this.actor = actor;
    }

    public ProgressView of(String planId) {
        PlanView current = versions.current(planId);
        PlanView inForce = versionInForce(planId, current);
        MonitoringRecordsView records = queries.query(new FindMonitoringRecordsQuery(new PlanId(planId), actor.userId()),
                ResponseTypes.instanceOf(MonitoringRecordsView.class)).join();
        if (records == null) {
            throw new UnknownPlan(planId);
        }
        return ProgressViews.of(inForce, current, records);
    }

    private PlanView versionInForce(String planId, PlanView current) {
        if (current.adoption() != null) {
            return current;
        }
        PlanVersionsView adopted = versions.adopted(planId);
        List<PlanVersionSummaryView> all = adopted.versions();
        if (all.isEmpty()) {
            throw PlanNotAdopted.forMonitoring(current.status().name());
        }
        return versions.adopted(planId, all.get(all.size() - 1).version());
    }
}
