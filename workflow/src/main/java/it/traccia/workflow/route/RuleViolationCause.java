package it.traccia.workflow.route;

import it.traccia.kernel.rule.RuleViolation;

/** Finds the rule violation (regola violata) behind a failure that Camunda or Axon may have wrapped. */
public final class RuleViolationCause {

    private RuleViolationCause() {
    }

    /** The first rule violation in the failure's cause chain, as is; else the failure itself. */
    public static RuntimeException unwrap(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation;
            }
        }
        return failure;
    }
}
