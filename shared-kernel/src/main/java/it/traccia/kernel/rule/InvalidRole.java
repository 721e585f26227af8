package it.traccia.kernel.rule;

/** A role (ruolo) that no membership of an organisation gives: only Segretario, Responsabile, Giunta and NdV. */
public final class InvalidRole extends RuleViolation {

    public InvalidRole(String field, Object role) {
        super(Refusal.INVALID, field, "Il ruolo '" + Echo.of(role) + "' non si assegna in un ente: "
                + "usare SEGRETARIO, RESPONSABILE, GIUNTA o NDV");
    }
}
