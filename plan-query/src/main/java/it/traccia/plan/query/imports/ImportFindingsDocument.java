package it.traccia.plan.query.imports;

import it.traccia.kernel.Role;
import it.traccia.kernel.plan.importing.FindingSeverity;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The findings of one plan's import (rilievi d'importazione), keyed by the plan's id: the organisation, the document of
 * origin (documento di origine: file name, SHA-256, size), when it was imported (the event's timestamp), by whom and in
 * which role, and every finding as an embedded document, in the order the reading produced them.
 */
@Document(ImportFindingsDocument.COLLECTION)
public record ImportFindingsDocument(
        @Id String id,
        String organisation,
        String fileName,
        String sha256,
        long sizeBytes,
        Instant importedAt,
        String importedBy,
        Role importedByRole,
        List<Finding> findings) {

    /** The MongoDB collection of import findings. */
    public static final String COLLECTION = "import_findings";

    /**
     * One finding (rilievo): severity, stable code, where it is (line; structure; objective and phase numbers, each null
     * when not concerned) and the message in Italian.
     */
    public record Finding(
            FindingSeverity severity,
            String code,
            int line,
            String structure,
            String objectiveNumber,
            String phaseNumber,
            String message) {
    }
}
