package it.traccia.app.readmodels;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/** A second rebuild asked while one is running (ricostruzione in corso). */
public final class RebuildInProgress extends RuleViolation {

    public RebuildInProgress() {
        super(Refusal.CONFLICT, null, "Una ricostruzione dei modelli di lettura è già in corso: attendi che finisca");
    }
}
