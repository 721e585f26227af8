package it.traccia.kernel.rule;

/** A change that must say why (motivazione) but does not. */
public final class ReasonRequired extends RuleViolation {

    public ReasonRequired(String field) {
        super(Refusal.INVALID, field, "Serve una motivazione per questa modifica");
    }
}
