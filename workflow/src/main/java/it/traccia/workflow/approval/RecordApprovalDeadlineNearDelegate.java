package it.traccia.workflow.approval;

import it.traccia.kernel.plan.command.RecordApprovalDeadlineNear;
import it.traccia.workflow.route.GiuntaRoute;
import it.traccia.workflow.route.RouteVariables;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Step "Registrare la scadenza vicina": Traccia records that the legal deadline (termine) is near. */
@Component
public class RecordApprovalDeadlineNearDelegate implements JavaDelegate {

    private final CommandGateway commands;

    public RecordApprovalDeadlineNearDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.sendAndWait(new RecordApprovalDeadlineNear(RouteVariables.planId(execution),
                RouteVariables.version(execution),
                LocalDate.parse(RouteVariables.text(execution, PlanApprovalProcess.APPROVAL_DEADLINE)),
                GiuntaRoute.TRACCIA));
    }
}
