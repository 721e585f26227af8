package it.traccia.kernel.rule;

/** A task (attività) id that no task of the approval route has. */
public final class UnknownTask extends RuleViolation {

    public UnknownTask(String taskId) {
        super(Refusal.NOT_FOUND, "taskId", "L'attività '" + Echo.of(taskId) + "' non esiste");
    }
}
