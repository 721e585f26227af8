package it.traccia.kernel.rule;

/** A required field (campo obbligatorio) that is absent or blank. */
public final class MissingField extends RuleViolation {

    public MissingField(String field) {
        super(Refusal.INVALID, field, "Il campo '" + field + "' è obbligatorio");
    }
}
