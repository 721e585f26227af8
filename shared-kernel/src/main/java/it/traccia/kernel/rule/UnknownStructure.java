package it.traccia.kernel.rule;

/** A structure (struttura) id that the plan does not have. */
public final class UnknownStructure extends RuleViolation {

    public UnknownStructure(String structureId) {
        super(Refusal.NOT_FOUND, "structureId", "La struttura '" + Echo.of(structureId) + "' non esiste nel piano");
    }
}
