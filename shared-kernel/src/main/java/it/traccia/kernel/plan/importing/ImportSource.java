package it.traccia.kernel.plan.importing;

/** The document a plan was imported from (documento di origine): its file name, SHA-256 (hex) and size in bytes. */
public record ImportSource(String fileName, String sha256, long sizeBytes) {
}
