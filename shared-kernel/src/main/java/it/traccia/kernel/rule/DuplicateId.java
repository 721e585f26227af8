package it.traccia.kernel.rule;

/** An id that the plan already uses for a structure, objective or phase; ids are never reused. */
public final class DuplicateId extends RuleViolation {

    public DuplicateId(String field, String id) {
        super(Refusal.CONFLICT, field, "L'identificativo '" + Echo.of(id) + "' è già usato nel piano");
    }
}
