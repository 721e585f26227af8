package it.traccia.kernel.rule;

/** A text holding a control character, a bidirectional override or half of a surrogate pair (carattere non ammesso). */
public final class InvalidCharacters extends RuleViolation {

    public InvalidCharacters(String field) {
        super(Refusal.INVALID, field, "Il testo contiene caratteri non ammessi (caratteri di controllo o non validi): "
                + "sono ammessi solo caratteri stampabili, tabulazioni e a capo");
    }
}
