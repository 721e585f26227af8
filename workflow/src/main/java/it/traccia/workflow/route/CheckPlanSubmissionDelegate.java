package it.traccia.workflow.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.SubmissionCheck;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Step "Verificare la completezza" (verifica di completezza): asks the plan for every submission rule it breaks and
 * keeps the answer in {@code submissionComplete} and {@code submissionViolations}. Changes nothing in the plan.
 */
@Component
public class CheckPlanSubmissionDelegate implements JavaDelegate {

    private final CommandGateway commands;
    private final ObjectMapper json;

    public CheckPlanSubmissionDelegate(CommandGateway commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SubmissionCheck check = commands.sendAndWait(
                new CheckPlanSubmission(RouteVariables.planId(execution), RouteVariables.actor(execution)));
        execution.setVariable(GiuntaRoute.SUBMISSION_COMPLETE, check.passed());
        execution.setVariable(GiuntaRoute.SUBMISSION_VIOLATIONS,
                Variables.byteArrayValue(SubmissionViolations.write(json, check.violations())));
    }
}
