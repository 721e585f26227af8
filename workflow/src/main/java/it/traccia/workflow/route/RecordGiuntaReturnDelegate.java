package it.traccia.workflow.route;

import it.traccia.kernel.plan.command.RecordGiuntaReturn;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step "Registrare la restituzione": records that the Giunta returned the version with remarks (osservazioni). */
@Component
public class RecordGiuntaReturnDelegate implements JavaDelegate {

    private final CommandGateway commands;

    public RecordGiuntaReturnDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.sendAndWait(new RecordGiuntaReturn(RouteVariables.planId(execution),
                RouteVariables.version(execution),
                RouteVariables.text(execution, GiuntaRoute.REMARKS),
                RouteVariables.actor(execution)));
    }
}
