package it.traccia.kernel.rule;

/** A user who holds no role in the organisation (ente), so there is no membership to withdraw. */
public final class UnknownMember extends RuleViolation {

    public UnknownMember(String userId) {
        super(Refusal.NOT_FOUND, "userId", "L'utente '" + Echo.of(userId) + "' non ha ruoli in questo ente");
    }
}
