package it.traccia.app.web.plan;

import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.PathIds;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.query.AuditTrailView;
import it.traccia.kernel.plan.query.FindAuditTrailQuery;
import it.traccia.kernel.plan.query.FindWeightHistoryQuery;
import it.traccia.kernel.plan.query.WeightHistoryView;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownPhase;
import it.traccia.kernel.rule.UnknownPlan;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan's history for the NdV and everyone else: the audit trail (storico) and the weight history of an element. */
@RestController
@RequestMapping(path = "/api/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class HistoryController {

    private final QueryGateway queries;
    private final CurrentActor actor;

    HistoryController(QueryGateway queries, CurrentActor actor) {
        this.queries = queries;
        this.actor = actor;
    }

    /** The audit trail, oldest first; {@code objectiveId} keeps the entries of one objective and its phases. */
    @GetMapping("/history")
    AuditTrailView history(@PathVariable String planId, @RequestParam(required = false) String objectiveId) {
        if (objectiveId != null && !PathIds.isWellFormed(objectiveId)) {
            throw new UnknownObjective(objectiveId);
        }
        AuditTrailView trail = queries.query(new FindAuditTrailQuery(new PlanId(planId), objectiveId, actor.userId()),
                AuditTrailView.class).join();
        if (trail == null) {
            throw new UnknownPlan(planId);
        }
        return trail;
    }

    @GetMapping("/objectives/{objectiveId}/weight-history")
    WeightHistoryView objectiveWeightHistory(@PathVariable String planId, @PathVariable String objectiveId) {
        WeightHistoryView history = weightHistory(planId, objectiveId);
        if (history == null) {
            throw new UnknownObjective(objectiveId);
        }
        return history;
    }

    @GetMapping("/phases/{phaseId}/weight-history")
    WeightHistoryView phaseWeightHistory(@PathVariable String planId, @PathVariable String phaseId) {
        WeightHistoryView history = weightHistory(planId, phaseId);
        if (history == null) {
            throw new UnknownPhase(phaseId);
        }
        return history;
    }

    private WeightHistoryView weightHistory(String planId, String elementId) {
        return queries.query(new FindWeightHistoryQuery(new PlanId(planId), elementId, actor.userId()),
                WeightHistoryView.class).join();
    }
}
