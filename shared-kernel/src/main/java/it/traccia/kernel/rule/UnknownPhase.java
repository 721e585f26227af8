package it.traccia.kernel.rule;

/** A phase (fase) id that the plan does not have. */
public final class UnknownPhase extends RuleViolation {

    public UnknownPhase(String phaseId) {
        super(Refusal.NOT_FOUND, "phaseId", "La fase '" + Echo.of(phaseId) + "' non esiste nel piano");
    }
}
