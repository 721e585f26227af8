package it.traccia.kernel.rule;

import java.util.List;
import java.util.Map;

/**
 * A command or request refused because it breaks a named rule (regola violata). Nothing is stored when one is thrown.
 * The stable code is the subclass's simple name, so renaming a subclass is a breaking change of the API.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String field;
    private final Refusal refusal;

    protected RuleViolation(Refusal refusal, String field, String message) {
        super(message, null, false, false);
        this.refusal = refusal;
        this.field = field;
    }

    /** The stable code of the broken rule, e.g. {@code InvalidWeight}. */
    public String code() {
        return getClass().getSimpleName();
    }

    /** The field concerned, or {@code null}. */
    public String field() {
        return field;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** Facts a caller may act on besides the violations, e.g. the id of the plan that already exists; none by default. */
    public Map<String, Object> details() {
        return Map.of();
    }

    /** Every violation this refusal reports; a single rule reports itself. */
    public List<Violation> violations() {
        return List.of(new Violation(field, code(), getMessage()));
    }
}
