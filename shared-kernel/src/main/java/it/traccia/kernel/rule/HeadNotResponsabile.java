package it.traccia.kernel.rule;

/** A user named head of a structure (responsabile di struttura) who is neither Responsabile nor Segretario of the ente. */
public final class HeadNotResponsabile extends RuleViolation {

    public HeadNotResponsabile(String userId) {
        super(Refusal.INVALID, "userId", "L'utente '" + Echo.of(userId)
                + "' non è Responsabile né Segretario di questo ente: chiedi all'amministratore di assegnargli il ruolo");
    }
}
