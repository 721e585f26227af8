package it.traccia.workflow.route;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/** A second start of the process of one plan version (iter già avviato), as when two requests race each other. */
public final class ProcessAlreadyStarted extends RuleViolation {

    public ProcessAlreadyStarted(String businessKey) {
        super(Refusal.CONFLICT, null, "L'iter del piano " + businessKey.replace(":", ", versione ")
                + ", è già stato avviato da un'altra richiesta: ricarica e riprova");
    }
}
