package it.traccia.workflow.route;

import it.traccia.kernel.plan.command.SubmitPlan;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Trasmettere alla Giunta" (trasmissione alla Giunta): freezes the complete draft of the version. */
@Component
public class SubmitPlanDelegate implements JavaDelegate {

    private final CommandGateway commands;

    public SubmitPlanDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.sendAndWait(new SubmitPlan(RouteVariables.planId(execution), RouteVariables.version(execution),
                RouteVariables.actor(execution)));
    }
}
