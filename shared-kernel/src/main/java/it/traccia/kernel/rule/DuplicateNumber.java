package it.traccia.kernel.rule;

/** A number (numero) already used by a sibling objective or phase. */
public final class DuplicateNumber extends RuleViolation {

    public DuplicateNumber(String field, String number) {
        super(Refusal.INVALID, field, "Il numero '" + Echo.of(number) + "' è già usato nello stesso livello");
    }
}
