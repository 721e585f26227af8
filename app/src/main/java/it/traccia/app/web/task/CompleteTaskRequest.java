package it.traccia.app.web.task;

/**
 * Body of {@code POST /api/tasks/{taskId}/complete}: the Giunta's decision, {@code APPROVE} with the delibera's number
 * and date (yyyy-MM-dd) or {@code RETURN} with remarks (osservazioni).
 */
public record CompleteTaskRequest(String decision, String resolutionNumber, String resolutionDate, String remarks) {
}
