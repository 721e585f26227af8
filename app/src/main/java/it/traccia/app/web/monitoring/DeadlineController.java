package it.traccia.app.web.monitoring;

import it.traccia.kernel.monitoring.query.DeadlinesView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deadlines of the plans in force (scadenze), on the application's clock: {@code COMPLETED_ON_TIME},
 * {@code COMPLETED_LATE}, {@code OVERDUE}, {@code DUE_SOON} (within the warning period, 15 days unless configured) or
 * {@code OPEN}; of one plan, and across the caller's plans. Every member of an ente reads them.
 */
@RestController
public class DeadlineController {

    private final PlanDeadlines deadlines;

    DeadlineController(PlanDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping(path = "/api/plans/{planId}/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    DeadlinesView ofPlan(@PathVariable String planId, @RequestParam(required = false) String status) {
        return deadlines.ofPlan(planId, status);
    }

    /** What is overdue or due within {@code within} (ISO 8601 days, {@code P30D} unless given) across the caller's plans. */
    @GetMapping(path = "/api/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    DeadlinesView ofCaller(@RequestParam(required = false) String within) {
        return deadlines.ofCaller(within);
    }
}
