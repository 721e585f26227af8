package it.traccia.kernel.rule;

/** A task (attività) that someone has already completed. */
public final class TaskAlreadyCompleted extends RuleViolation {

    public TaskAlreadyCompleted(String taskId) {
        super(Refusal.CONFLICT, "taskId", "L'attività '" + Echo.of(taskId) + "' è già stata completata");
    }
}
