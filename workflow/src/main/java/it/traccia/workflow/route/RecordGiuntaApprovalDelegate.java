package it.traccia.workflow.route;

import it.traccia.kernel.plan.command.RecordGiuntaApproval;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Step "Registrare l'approvazione": records the Giunta's delibera (number and date) that adopts the version. */
@Component
public class RecordGiuntaApprovalDelegate implements JavaDelegate {

    private final CommandGateway commands;

    public RecordGiuntaApprovalDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String resolutionDate = RouteVariables.text(execution, GiuntaRoute.RESOLUTION_DATE);
        commands.sendAndWait(new RecordGiuntaApproval(RouteVariables.planId(execution),
                RouteVariables.version(execution),
                RouteVariables.text(execution, GiuntaRoute.RESOLUTION_NUMBER),
                resolutionDate == null ? null : LocalDate.parse(resolutionDate),
                RouteVariables.actor(execution)));
    }
}
