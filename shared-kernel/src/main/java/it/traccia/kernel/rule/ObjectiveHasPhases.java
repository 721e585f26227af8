package it.traccia.kernel.rule;

/** The completion of an objective that has phases: its phases are completed, and its achievement follows from theirs. */
public final class ObjectiveHasPhases extends RuleViolation {

    public ObjectiveHasPhases(String number) {
        super(Refusal.INVALID, "objectiveId", "L'obiettivo " + Echo.of(number) + " ha delle fasi: si completano le "
                + "fasi, e il raggiungimento dell'obiettivo ne discende");
    }
}
