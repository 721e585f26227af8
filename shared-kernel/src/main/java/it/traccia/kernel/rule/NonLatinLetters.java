package it.traccia.kernel.rule;

/**
 * The name of an organisation (ente) with letters of another alphabet, such as a Cyrillic "а" that looks like a Latin
 * "a": it would make a second comune that no one could tell apart from the first.
 */
public final class NonLatinLetters extends RuleViolation {

    public NonLatinLetters(String field) {
        super(Refusal.INVALID, field, "Il nome dell'ente contiene lettere di un alfabeto diverso da quello latino");
    }
}
