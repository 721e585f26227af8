package it.traccia.plan.query.imports;

import it.traccia.kernel.Role;
import it.traccia.kernel.plan.importing.FindingSeverity;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The findings of one plan's import (rilievi d'importazione), keyed by the plan's id: the organisation (id and name), the
 * document of
 * origin (documento di origine: file name, SHA-256, size), when it was imported (the event's timestamp), by whom and in
 * which role, and every finding as an embedded document, numbered from 1 in the order the reading produced them, with its
 * resolution once marked resolved. {@code lastSequence} is the last event applied, so a redelivery is ignored.
 */
@Document(ImportFindingsDocument.COLLECTION)
public record ImportFindingsDocument(
        @Id String id,
        String organisationId,
        String organisation,
        String fileName,
        String sha256,
        long sizeBytes,
        Instant importedAt,
        String importedBy,
        Role importedByRole,
        List<Finding> findings,
        long lastSequence) {

    /** The MongoDB collection of import findings. */
    public static final String COLLECTION = "import_findings";

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    /** This document with the finding of that number resolved (a number no finding has changes nothing) and the sequence applied. */
    ImportFindingsDocument resolved(int number, Resolution resolution, long sequence) {
        List<Finding> changed = findings == null ? List.of()
                : findings.stream().map(finding -> finding.number() == number ? finding.resolved(resolution) : finding).toList();
        return new ImportFindingsDocument(id, organisationId, organisation, fileName, sha256, sizeBytes, importedAt, importedBy,
                importedByRole, changed, sequence);
    }

    /**
     * One finding (rilievo): its number (from 1), severity, stable code, where it is (line; structure; objective and phase
     * numbers, each null when not concerned), the message in Italian, and its resolution (null while unresolved).
     */
    public record Finding(
            int number,
            FindingSeverity severity,
            String code,
            int line,
            String structure,
            String objectiveNumber,
            String phaseNumber,
            String message,
            Resolution resolution) {

        Finding resolved(Resolution resolution) {
            return new Finding(number, severity, code, line, structure, objectiveNumber, phaseNumber, message, resolution);
        }
    }

    /** How a finding was resolved (risoluzione del rilievo): the note, when (the event's timestamp), by whom, in which role. */
    public record Resolution(String note, Instant resolvedAt, String resolvedBy, Role resolvedByRole) {
    }
}
