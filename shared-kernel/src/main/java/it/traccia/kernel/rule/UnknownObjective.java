package it.traccia.kernel.rule;

/** An objective (obiettivo) id that the plan does not have. */
public final class UnknownObjective extends RuleViolation {

    public UnknownObjective(String objectiveId) {
        super(Refusal.NOT_FOUND, "objectiveId", "L'obiettivo '" + Echo.of(objectiveId) + "' non esiste nel piano");
    }
}
