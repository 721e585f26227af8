package it.traccia.kernel.rule;

/** A supporting document larger than Traccia keeps (documento troppo grande). */
public final class EvidenceTooLarge extends RuleViolation {

    public EvidenceTooLarge(long sizeBytes, long maxBytes) {
        super(Refusal.TOO_LARGE, "file", "Il documento pesa " + sizeBytes + " byte: un documento a supporto può pesare "
                + "al massimo " + maxBytes + " byte (20 MiB)");
    }
}
