package it.traccia.kernel.rule;

/** A document larger than Traccia accepts for import (documento troppo grande). */
public final class DocumentTooLarge extends RuleViolation {

    public DocumentTooLarge(long sizeBytes, long maxBytes) {
        super(Refusal.TOO_LARGE, "file", "Il documento pesa " + sizeBytes + " byte: il massimo è " + maxBytes + " byte");
    }
}
