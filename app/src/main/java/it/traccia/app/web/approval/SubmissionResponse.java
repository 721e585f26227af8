package it.traccia.app.web.approval;

import it.traccia.kernel.PlanStatus;

/** Answer to a submission or a variation: the plan, its status and the version now under way. */
public record SubmissionResponse(String planId, PlanStatus status, int version) {
}
