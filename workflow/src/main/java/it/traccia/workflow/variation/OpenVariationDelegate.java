package it.traccia.workflow.variation;

import it.traccia.kernel.plan.command.OpenVariation;
import it.traccia.workflow.route.RouteVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Aprire la variazione" (apertura della variazione): the adopted plan becomes the draft of the next version. */
@Component
public class OpenVariationDelegate implements JavaDelegate {

    private final CommandGateway commands;

    public OpenVariationDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.sendAndWait(new OpenVariation(RouteVariables.planId(execution),
                (Integer) execution.getVariable(PlanVariationProcess.ADOPTED_VERSION),
                RouteVariables.text(execution, PlanVariationProcess.VARIATION_REASON),
                RouteVariables.actor(execution)));
    }
}
