package it.traccia.kernel.rule;

/**
 * A file Traccia does not keep as a supporting document: empty, or not a PDF, an image, an office or text document
 * (an executable, say).
 */
public final class EvidenceNotAccepted extends RuleViolation {

    public EvidenceNotAccepted(String reason) {
        super(Refusal.INVALID, "file", "Il file non può essere un documento a supporto: " + reason + ". Si accettano "
                + "PDF, immagini (PNG, JPEG, GIF, TIFF, WebP), documenti d'ufficio (Word, Excel, PowerPoint, "
                + "OpenDocument) e testi (TXT, CSV)");
    }
}
