package it.traccia.app.reminders;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/** A notification the user does not have (notifica sconosciuta): another user's, or none at all. */
public final class UnknownNotification extends RuleViolation {

    public UnknownNotification(String id) {
        super(Refusal.NOT_FOUND, "id", "Non c'è una notifica '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                + "' fra le proprie");
    }
}
