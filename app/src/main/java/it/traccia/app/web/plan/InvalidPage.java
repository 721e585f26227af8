package it.traccia.app.web.plan;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

/** A page of the audit trail that cannot be asked for (pagina non valida): a size out of range, or a page without it. */
final class InvalidPage extends RuleViolation {

    InvalidPage(String field, String message) {
        super(Refusal.INVALID, field, message);
    }
}
