package it.traccia.workflow.variation;

/**
 * Names of the process {@code PlanVariation} (variazione del piano): opens the next version of an adopted plan and
 * takes it through the Giunta; the names shared with the approval are in {@link it.traccia.workflow.route.GiuntaRoute}.
 */
public final class PlanVariationProcess {

    /** Process id, also the name of {@code bpmn/PlanVariation.bpmn}. */
    public static final String KEY = "PlanVariation";

    /** The adopted version the variation starts from, an Integer. */
    public static final String ADOPTED_VERSION = "adoptedVersion";
    /** Why the variation is opened (motivazione). */
    public static final String VARIATION_REASON = "variationReason";

    public static final String START_EVENT_VARIATION_REQUESTED = "StartEvent_VariationRequested";
    public static final String SERVICE_TASK_OPEN_VARIATION = "ServiceTask_OpenVariation";
    public static final String GATEWAY_AWAIT_SUBMISSION = "Gateway_AwaitSubmission";
    public static final String CATCH_EVENT_PLAN_SUBMITTED = "CatchEvent_PlanSubmitted";
    public static final String TASK_DECIDE_ON_VARIATION = "Task_DecideOnVariation";
    public static final String END_EVENT_VARIATION_ADOPTED = "EndEvent_VariationAdopted";

    private PlanVariationProcess() {
    }
}
