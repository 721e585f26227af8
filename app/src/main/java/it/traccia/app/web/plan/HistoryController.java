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

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private final QueryGateway queries;
    private final CurrentActor actor;

    HistoryController(QueryGateway queries, CurrentActor actor) {
        this.queries = queries;
        this.actor = actor;
    }

    /**
     * The audit trail, oldest first; {@code objectiveId} keeps the entries of one objective and its phases; {@code page}
     * (from 0) with {@code size} (1 to {@value #MAX_PAGE_SIZE}, {@value #DEFAULT_PAGE_SIZE} when absent) gives one page
     * of it, and {@code totalEntries} tells how many there are in all.
     */
    @GetMapping("/history")
    AuditTrailView history(@PathVariable String planId, @RequestParam(required = false) String objectiveId,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (objectiveId != null && !PathIds.isWellFormed(objectiveId)) {
            throw new UnknownObjective(objectiveId);
        }
        if (page == null && size != null) {
            throw new InvalidPage("page", "Indicare anche il numero della pagina (page, da 0) insieme a size");
        }
        if (page != null && page < 0) {
            throw new InvalidPage("page", "Il numero della pagina parte da 0: " + page + " non è ammesso");
        }
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        if (page != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
            throw new InvalidPage("size", "Una pagina ha da 1 a " + MAX_PAGE_SIZE + " voci: " + pageSize + " non è ammesso");
        }
        AuditTrailView trail = queries.query(new FindAuditTrailQuery(new PlanId(planId), objectiveId, actor.userId(), page,
                page == null ? null : pageSize), AuditTrailView.class).join();
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
