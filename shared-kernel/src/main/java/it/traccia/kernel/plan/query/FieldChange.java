package it.traccia.kernel.plan.query;

/** One field changed by an event (campo modificato), with its value before and after as text; null where absent. */
public record FieldChange(String field, String before, String after) {
}
