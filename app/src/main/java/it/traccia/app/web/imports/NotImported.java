package it.traccia.app.web.imports;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/** A plan that was not created by an import, so it has no import findings (rilievi d'importazione). */
public final class NotImported extends RuleViolation {

    public NotImported(String planId) {
        super(Refusal.NOT_FOUND, "planId", "Il piano '" + planId + "' non è stato importato da un documento");
    }
}
