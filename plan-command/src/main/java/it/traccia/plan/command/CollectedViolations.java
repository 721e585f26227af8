package it.traccia.plan.command;

import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule violations (violazioni) of several independent checks of one command, gathered so that the user learns of
 * all of them at once: one is thrown as it is, more than one together as {@link RuleViolations}.
 */
final class CollectedViolations {

    private final List<RuleViolation> found = new ArrayList<>();

    /** Runs a check that throws a {@link RuleViolation} when its rule is broken, and keeps the violation. */
    CollectedViolations check(Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation violation) {
            found.add(violation);
        }
        return this;
    }

    void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            List<Violation> all = found.stream().flatMap(violation -> violation.violations().stream()).toList();
            throw new RuleViolations(all);
        }
    }
}
