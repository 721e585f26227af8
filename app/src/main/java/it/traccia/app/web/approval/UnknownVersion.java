package it.traccia.app.web.approval;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/** A version (versione) of the plan that was never adopted. */
public final class UnknownVersion extends RuleViolation {

    public UnknownVersion(String planId, int version) {
        super(Refusal.NOT_FOUND, "version", "Il piano '" + planId + "' non ha una versione " + version + " adottata");
    }
}
