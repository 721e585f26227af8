package it.traccia.kernel.rule;

/** An action that the actor's role (ruolo) may not perform. */
public final class NotAllowed extends RuleViolation {

    public NotAllowed(String role, String action) {
        super(Refusal.FORBIDDEN, null, "Il ruolo " + role + " non può " + action);
    }
}
