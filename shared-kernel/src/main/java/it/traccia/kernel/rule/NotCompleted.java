package it.traccia.kernel.rule;

/** A correction of a completion that was never recorded: there is nothing to correct yet. */
public final class NotCompleted extends RuleViolation {

    public NotCompleted(String elementId) {
        super(Refusal.CONFLICT, null, "'" + Echo.of(elementId) + "' non risulta completato: prima si registra il "
                + "completamento, poi le eventuali rettifiche");
    }
}
