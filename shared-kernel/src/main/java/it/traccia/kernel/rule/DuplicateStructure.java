package it.traccia.kernel.rule;

/** A structure (struttura) whose name the plan already has. */
public final class DuplicateStructure extends RuleViolation {

    public DuplicateStructure(String field, String name) {
        super(Refusal.INVALID, field, "La struttura '" + Echo.of(name) + "' esiste già nel piano");
    }
}
