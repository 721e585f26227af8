package it.traccia.app.web.page;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/**
 * "Importa" was pressed for a preview the session no longer holds (anteprima scaduta): the session ended, or another
 * document was previewed since. Nothing is imported; the user uploads the document again.
 */
public final class ImportPreviewExpired extends RuleViolation {

    public ImportPreviewExpired() {
        super(Refusal.CONFLICT, "file", "L'anteprima non è più disponibile: carica di nuovo il documento da importare");
    }
}
