package it.traccia.workflow.route;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the route's variables (variabili dell'iter) from a running step as the kernel's types. */
public final class RouteVariables {

    private RouteVariables() {
    }

    public static PlanId planId(VariableScope scope) {
        return new PlanId((String) scope.getVariable(GiuntaRoute.PLAN_ID));
    }

    public static int version(VariableScope scope) {
        return (Integer) scope.getVariable(GiuntaRoute.VERSION);
    }

    /** The person whose action this step carries, as set by the submission or the task completion. */
    public static Actor actor(VariableScope scope) {
        return new Actor((String) scope.getVariable(GiuntaRoute.ACTOR_USER_ID),
                Role.valueOf((String) scope.getVariable(GiuntaRoute.ACTOR_ROLE)));
    }

    public static String text(VariableScope scope, String name) {
        return (String) scope.getVariable(name);
    }
}
