package it.traccia.workflow.route;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;

import java.util.HashMap;
import java.util.Map;

/**
 * Names shared by the processes that take a plan version through the Giunta (iter in Giunta): variables, the message
 * of a submission, the candidate group, the decisions and the ids of the steps both processes have.
 */
public final class GiuntaRoute {

    /** The plan's id, a String. */
    public static final String PLAN_ID = "planId";
    /** The id of the plan's organisation (ente), a String. */
    public static final String ORGANISATION_ID = "organisationId";
    /** The candidate group of the Giunta's tasks: the Giunta of the plan's organisation, see {@link #giuntaOf}. */
    public static final String GIUNTA_GROUP = "giuntaGroup";
    /** The plan version the process carries, an Integer. */
    public static final String VERSION = "version";
    /** Login of the person whose action the next step carries (the submitter, then the Giunta member). */
    public static final String ACTOR_USER_ID = "actorUserId";
    /** Role of that person, the name of a {@link Role}. */
    public static final String ACTOR_ROLE = "actorRole";
    /** Whether the last completeness check passed, a Boolean. */
    public static final String SUBMISSION_COMPLETE = "submissionComplete";
    /** The violations of the last completeness check: a JSON array stored as UTF-8 bytes ({@code []} when passed). */
    public static final String SUBMISSION_VIOLATIONS = "submissionViolations";
    /** The Giunta's decision, {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}. */
    public static final String DECISION = "decision";
    /** The delibera's number when the Giunta approves. */
    public static final String RESOLUTION_NUMBER = "resolutionNumber";
    /** The delibera's date when the Giunta approves, ISO {@code yyyy-MM-dd}. */
    public static final String RESOLUTION_DATE = "resolutionDate";
    /** The Giunta's remarks when it returns the plan. */
    public static final String REMARKS = "remarks";

    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_RETURN = "RETURN";

    /** The message that a (re)submission correlates with the process of the plan version. */
    public static final String MESSAGE_PLAN_SUBMITTED = "PlanSubmitted";

    public static final String SERVICE_TASK_CHECK_SUBMISSION = "ServiceTask_CheckSubmission";
    public static final String GATEWAY_SUBMISSION_COMPLETE = "Gateway_SubmissionComplete";
    public static final String SERVICE_TASK_SUBMIT_PLAN = "ServiceTask_SubmitPlan";
    public static final String GATEWAY_GIUNTA_DECISION = "Gateway_GiuntaDecision";
    public static final String SERVICE_TASK_RECORD_GIUNTA_APPROVAL = "ServiceTask_RecordGiuntaApproval";
    public static final String SERVICE_TASK_RECORD_GIUNTA_RETURN = "ServiceTask_RecordGiuntaReturn";

    /** Traccia itself, the actor of the facts no person decides (a deadline passing). */
    public static final Actor TRACCIA = new Actor("traccia", Role.SYSTEM);

    private GiuntaRoute() {
    }

    /** The business key of the process of one plan version: {@code <planId>:<version>}. */
    public static String businessKey(PlanId planId, int version) {
        return planId.value() + ":" + version;
    }

    /**
     * The candidate group of the Giunta of one organisation, {@code giunta:<organisationId>}: a task is offered to the
     * Giunta of its plan's comune only, never to the Giunta of another.
     */
    public static String giuntaOf(String organisationId) {
        return "giunta:" + organisationId;
    }

    /** The variables that name the plan's organisation and the Giunta that decides on it. */
    public static Map<String, Object> organisationVariables(String organisationId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ORGANISATION_ID, organisationId);
        variables.put(GIUNTA_GROUP, giuntaOf(organisationId));
        return variables;
    }

    /** The variables that say who acts in the next step. */
    public static Map<String, Object> actorVariables(Actor actor) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ACTOR_USER_ID, actor.userId());
        variables.put(ACTOR_ROLE, actor.role().name());
        return variables;
    }
}
