package it.traccia.kernel.rule;

import it.traccia.kernel.UserIds;

/** A user id (identificativo utente) that is empty, too long or written with characters an identity never has. */
public final class InvalidUserId extends RuleViolation {

    public InvalidUserId(String field, String userId) {
        super(Refusal.INVALID, field, "L'identificativo utente '" + Echo.of(userId) + "' non è valido: da 1 a "
                + UserIds.MAX_LENGTH + " caratteri fra lettere, cifre e . _ - @ : +");
    }
}
