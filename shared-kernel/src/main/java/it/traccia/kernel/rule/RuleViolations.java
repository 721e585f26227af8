package it.traccia.kernel.rule;

import java.util.List;

/**
 * Several rules broken by one request, reported together so that the user can fix them all at once.
 * Its code is the code of the first violation; {@link #violations()} lists every one.
 */
public final class RuleViolations extends RuleViolation {

    private final List<Violation> violations;

    public RuleViolations(List<Violation> violations) {
        super(Refusal.INVALID, violations.get(0).field(), violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    @Override
    public String code() {
        return violations.get(0).code();
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
