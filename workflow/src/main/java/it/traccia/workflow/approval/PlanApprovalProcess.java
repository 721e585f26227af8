package it.traccia.workflow.approval;

/**
 * Names of the process {@code PlanApproval} (approvazione del piano): version 1 through the Giunta with the deadline's
 * timers; the names shared with the variation are in {@link it.traccia.workflow.route.GiuntaRoute}.
 */
public final class PlanApprovalProcess {

    /** Process id, also the name of {@code bpmn/PlanApproval.bpmn}. */
    public static final String KEY = "PlanApproval";

    /** The legal deadline for adopting the version, ISO {@code yyyy-MM-dd}; the due date of the Giunta's task. */
    public static final String APPROVAL_DEADLINE = "approvalDeadline";
    /** When Traccia warns that the deadline is near, ISO local date-time. */
    public static final String DEADLINE_WARNING_AT = "deadlineWarningAt";
    /** When Traccia records that the deadline was missed (the day after it), ISO local date-time. */
    public static final String DEADLINE_MISSED_AT = "deadlineMissedAt";

    public static final String START_EVENT_PLAN_SUBMITTED = "StartEvent_PlanSubmitted";
    public static final String SUB_PROCESS_GIUNTA_ROUTE = "SubProcess_GiuntaRoute";
    public static final String TASK_DECIDE_ON_PLAN = "Task_DecideOnPlan";
    public static final String GATEWAY_AWAIT_RESUBMISSION = "Gateway_AwaitResubmission";
    public static final String CATCH_EVENT_PLAN_RESUBMITTED = "CatchEvent_PlanResubmitted";
    public static final String TIMER_DEADLINE_NEAR = "Timer_DeadlineNear";
    public static final String TIMER_DEADLINE_MISSED = "Timer_DeadlineMissed";
    public static final String SERVICE_TASK_RECORD_DEADLINE_NEAR = "ServiceTask_RecordDeadlineNear";
    public static final String SERVICE_TASK_RECORD_DEADLINE_MISSED = "ServiceTask_RecordDeadlineMissed";
    public static final String END_EVENT_DEADLINE_NEAR_RECORDED = "EndEvent_DeadlineNearRecorded";
    public static final String END_EVENT_DEADLINE_MISSED_RECORDED = "EndEvent_DeadlineMissedRecorded";
    public static final String END_EVENT_PLAN_ADOPTED = "EndEvent_PlanAdopted";

    private PlanApprovalProcess() {
    }
}
