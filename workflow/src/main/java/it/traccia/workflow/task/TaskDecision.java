package it.traccia.workflow.task;

import it.traccia.kernel.Actor;
import it.traccia.workflow.route.GiuntaRoute;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The Giunta's decision (deliberazione) that completes its task: approve with a delibera, or return with remarks. */
public sealed interface TaskDecision {

    /**
     * The process variables that carry this decision, taken by {@code actor}, to the next step; the fields of the other
     * decision are cleared, so nothing of an earlier round of the route is read as part of this one.
     */
    Map<String, Object> variables(Actor actor);

    /** Approval (approvazione) by the delibera with this number and date. */
    record Approve(String resolutionNumber, LocalDate resolutionDate) implements TaskDecision {

        @Override
        public Map<String, Object> variables(Actor actor) {
            Map<String, Object> variables = decidedBy(actor, GiuntaRoute.DECISION_APPROVE);
            variables.put(GiuntaRoute.RESOLUTION_NUMBER, resolutionNumber);
            variables.put(GiuntaRoute.RESOLUTION_DATE, resolutionDate == null ? null : resolutionDate.toString());
            return variables;
        }
    }

    /** Return (restituzione) of the plan to its authors with remarks (osservazioni). */
    record Return(String remarks) implements TaskDecision {

        @Override
        public Map<String, Object> variables(Actor actor) {
            Map<String, Object> variables = decidedBy(actor, GiuntaRoute.DECISION_RETURN);
            variables.put(GiuntaRoute.REMARKS, remarks);
            return variables;
        }
    }

    private static Map<String, Object> decidedBy(Actor actor, String decision) {
        Map<String, Object> variables = new HashMap<>(GiuntaRoute.actorVariables(actor));
        variables.put(GiuntaRoute.DECISION, decision);
        variables.put(GiuntaRoute.RESOLUTION_NUMBER, null);
        variables.put(GiuntaRoute.RESOLUTION_DATE, null);
        variables.put(GiuntaRoute.REMARKS, null);
        return variables;
    }
}
