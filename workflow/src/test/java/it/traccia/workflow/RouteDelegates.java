package it.traccia.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.workflow.approval.RecordApprovalDeadlineMissedDelegate;
import it.traccia.workflow.approval.RecordApprovalDeadlineNearDelegate;
import it.traccia.workflow.route.CheckPlanSubmissionDelegate;
import it.traccia.workflow.route.RecordGiuntaApprovalDelegate;
import it.traccia.workflow.route.RecordGiuntaReturnDelegate;
import it.traccia.workflow.route.SubmitPlanDelegate;
import it.traccia.workflow.variation.OpenVariationDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the real delegates under their Spring bean names, on a recording command gateway. */
public final class RouteDelegates {

    private RouteDelegates() {
    }

    public static void register(RecordingCommandGateway commands, ObjectMapper json) {
        Mocks.register("checkPlanSubmissionDelegate", new CheckPlanSubmissionDelegate(commands, json));
        Mocks.register("submitPlanDelegate", new SubmitPlanDelegate(commands));
        Mocks.register("recordGiuntaApprovalDelegate", new RecordGiuntaApprovalDelegate(commands));
        Mocks.register("recordGiuntaReturnDelegate", new RecordGiuntaReturnDelegate(commands));
        Mocks.register("recordApprovalDeadlineNearDelegate", new RecordApprovalDeadlineNearDelegate(commands));
        Mocks.register("recordApprovalDeadlineMissedDelegate", new RecordApprovalDeadlineMissedDelegate(commands));
        Mocks.register("openVariationDelegate", new OpenVariationDelegate(commands));
    }

    public static void unregister() {
        Mocks.reset();
    }
}
