package it.traccia.app.web.monitoring;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/** A period that is not a number of days written as ISO 8601 asks ({@code P30D}), from one day to a year. */
public final class InvalidPeriod extends RuleViolation {

    public InvalidPeriod(String field, String value) {
        super(Refusal.INVALID, field, "Il periodo '" + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                + "' non è ammesso: si scrive in giorni come P30D, da P1D a P366D");
    }
}
