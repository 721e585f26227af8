package it.traccia.workflow.route;

import it.traccia.kernel.rule.RuleViolation;

import java.util.Optional;

/** Finds the rule violation (regola violata) behind a failure that Camunda or Axon may have wrapped. */
public final class RuleViolationCause {

    private RuleViolationCause() {
    }

    /** The first rule violation in the failure's cause chain, if any. */
    public static Optional<RuleViolation> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    /** Rethrows the rule violation behind the failure as is, else the failure itself. */
    public static RuntimeException unwrap(RuntimeException failure) {
        return of(failure).<RuntimeException>map(violation -> violation).orElse(failure);
    }
}
