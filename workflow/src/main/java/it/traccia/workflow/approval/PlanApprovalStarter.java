package it.traccia.workflow.approval;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.route.ProcessStarts;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts the approval (avvio dell'approvazione) of a plan's first version, with the deadline of the plan's year.
 * Call it inside the submission's transaction.
 */
@Component
public class PlanApprovalStarter {

    private static final int FIRST_VERSION = 1;

    private final ProcessStarts starts;
    private final ApprovalDeadlineProperties deadlines;

    public PlanApprovalStarter(ProcessStarts starts, ApprovalDeadlineProperties deadlines) {
        this.starts = starts;
        this.deadlines = deadlines;
    }

    /**
     * Starts {@code PlanApproval} for version 1 of a plan of the organisation, submitted by {@code actor}; returns the
     * process instance id.
     */
    public String start(PlanId planId, String organisationId, int year, Actor actor) {
        Map<String, Object> variables = new HashMap<>(GiuntaRoute.actorVariables(actor));
        variables.putAll(GiuntaRoute.organisationVariables(organisationId));
        variables.put(GiuntaRoute.PLAN_ID, planId.value());
        variables.put(GiuntaRoute.VERSION, FIRST_VERSION);
        variables.putAll(deadlines.forYear(year).variables());
        return starts.start(PlanApprovalProcess.KEY, GiuntaRoute.businessKey(planId, FIRST_VERSION), variables);
    }
}
