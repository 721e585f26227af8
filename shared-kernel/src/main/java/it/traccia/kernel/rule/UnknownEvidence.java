package it.traccia.kernel.rule;

/** A supporting document (documento a supporto) the plan's monitoring does not have. */
public final class UnknownEvidence extends RuleViolation {

    public UnknownEvidence(String field, String evidenceId) {
        super(field == null ? Refusal.NOT_FOUND : Refusal.INVALID, field, "Il documento '" + Echo.of(evidenceId)
                + "' non è tra i documenti a supporto di questo piano: prima si carica, poi si cita");
    }
}
