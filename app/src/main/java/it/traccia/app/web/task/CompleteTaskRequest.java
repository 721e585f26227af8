package it.traccia.app.web.task;

import it.traccia.app.web.RequestFields;
import it.traccia.workflow.task.TaskDecision;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/tasks/{taskId}/complete}, and the fields of the decision form of {@code /attivita/{taskId}}:
 * the Giunta's decision, {@code APPROVE} with the delibera's number and date (yyyy-MM-dd) or {@code RETURN} with
 * remarks (osservazioni).
 */
public record CompleteTaskRequest(String decision, String resolutionNumber, String resolutionDate, String remarks) {

    /** The decision these fields describe, every missing or malformed field refused together. */
    public TaskDecision toDecision() {
        RequestFields fields = new RequestFields();
        Decision chosen = fields.choice("decision", decision, Decision.class);
        fields.done();
        TaskDecision taskDecision;
        if (chosen == Decision.APPROVE) {
            String number = fields.required("resolutionNumber", resolutionNumber);
            LocalDate date = fields.requiredDate("resolutionDate", resolutionDate);
            taskDecision = new TaskDecision.Approve(number, date);
        } else {
            taskDecision = new TaskDecision.Return(fields.required("remarks", remarks));
        }
        fields.done();
        return taskDecision;
    }
}
