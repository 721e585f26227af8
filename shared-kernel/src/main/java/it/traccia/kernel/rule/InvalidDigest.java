package it.traccia.kernel.rule;

/** A SHA-256 digest (impronta) that is not 64 lower-case hexadecimal digits. */
public final class InvalidDigest extends RuleViolation {

    public InvalidDigest(String field, String digest) {
        super(Refusal.INVALID, field, "'" + Echo.of(digest) + "' non è un'impronta SHA-256: servono 64 cifre "
                + "esadecimali minuscole");
    }
}
