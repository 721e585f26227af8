package it.traccia.app.web.monitoring;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/** A verifica intermedia number the plan does not have. */
public final class UnknownMidYearCheck extends RuleViolation {

    public UnknownMidYearCheck(String planId, int number) {
        super(Refusal.NOT_FOUND, "number", "Il piano non ha una verifica intermedia numero " + number);
    }
}
