package it.traccia.workflow.approval;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The legal deadline for adopting one plan (termine di approvazione), with the moments its timers fire: the warning
 * at the start of the warning day, the miss at the start of the day after the deadline.
 */
public record ApprovalDeadline(LocalDate deadline, LocalDateTime warningAt, LocalDateTime missedAt) {

    /** The process variables that carry it, as ISO strings. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PlanApprovalProcess.APPROVAL_DEADLINE, deadline.format(DateTimeFormatter.ISO_LOCAL_DATE));
        variables.put(PlanApprovalProcess.DEADLINE_WARNING_AT, warningAt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        variables.put(PlanApprovalProcess.DEADLINE_MISSED_AT, missedAt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        return variables;
    }
}
