package it.traccia.plan.query.imports;

import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.plan.event.ImportFindingResolved;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.query.FindImportFindingsQuery;
import it.traccia.kernel.plan.query.FindingResolutionView;
import it.traccia.kernel.plan.query.ImportFindingView;
import it.traccia.kernel.plan.query.ImportFindingsView;
import it.traccia.plan.query.ReadModelInconsistency;
import it.traccia.plan.query.access.PlanReaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Projection of the import findings (rilievi d'importazione): keeps one {@link ImportFindingsDocument} per plan imported
 * from a document, written from {@link PlanImported} with the findings numbered from 1, marks a finding resolved on
 * {@link ImportFindingResolved}, and answers {@link FindImportFindingsQuery}. The document is keyed by the plan's id and
 * remembers the last sequence applied, so a redelivered import does not wipe later resolutions and redelivery changes nothing.
 */
@Component
@ProcessingGroup(ImportFindingsProjection.PROCESSING_GROUP)
public class ImportFindingsProjection {

    /** The event processor that feeds this projection. */
    public static final String PROCESSING_GROUP = "import-findings";

    private static final Logger LOG = LoggerFactory.getLogger(ImportFindingsProjection.class);

    private final MongoTemplate mongo;
    private final PlanReaders readers;

    public ImportFindingsProjection(MongoTemplate mongo, PlanReaders readers) {
        this.mongo = mongo;
        this.readers = readers;
        createIndexes();
    }

    @EventHandler
    void on(PlanImported event, @SequenceNumber long sequence, @Timestamp Instant importedAt,
            @MetaDataValue(PlanMetaData.ORGANISATION) String organisation,
            @MetaDataValue(PlanMetaData.ORGANISATION_ID) String organisationId) {
        ImportFindingsDocument known = mongo.findById(event.planId().value(), ImportFindingsDocument.class);
        if (known != null && known.hasApplied(sequence)) {
            return;
        }
        ImportSource source = event.source();
        if (organisationId == null) {
            throw new ReadModelInconsistency("Import " + sequence + " of plan " + event.planId() + " without its organisation");
        }
        mongo.save(new ImportFindingsDocument(event.planId().value(), organisationId, organisation,
                source == null ? null : source.fileName(), source == null ? null : source.sha256(),
                source == null ? 0 : source.sizeBytes(), importedAt, event.actor().userId(), event.actor().role(),
                numbered(event.findings()), sequence));
    }

    /** Marks the finding of that number resolved, with the note, when (the event's timestamp) and by whom. */
    @EventHandler
    void on(ImportFindingResolved event, @SequenceNumber long sequence, @Timestamp Instant resolvedAt) {
        ImportFindingsDocument imported = mongo.findById(event.planId().value(), ImportFindingsDocument.class);
        if (imported == null) {
            throw new ReadModelInconsistency("Resolution " + sequence + " of a finding of plan " + event.planId()
                    + ", which was not imported");
        }
        if (imported.hasApplied(sequence)) {
            return;
        }
        boolean known = imported.findings() != null && imported.findings().stream()
                .anyMatch(finding -> finding.number() == event.findingNumber());
        if (!known) {
            throw new ReadModelInconsistency("Resolution " + sequence + " of finding " + event.findingNumber() + " ("
                    + event.code() + ") of plan " + event.planId() + ", which has no such finding");
        }
        ImportFindingsDocument.Resolution resolution = new ImportFindingsDocument.Resolution(event.note(), resolvedAt,
                event.actor().userId(), event.actor().role());
        mongo.save(imported.resolved(event.findingNumber(), resolution, sequence));
    }

    /** Drops the findings so that a processor reset rebuilds them from the event store. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(ImportFindingsDocument.COLLECTION);
        createIndexes();
    }

    /**
     * Answers with the findings of the plan's import, by number (the order the reading produced them), each with its
     * resolution if any, or {@code null} when the plan was not imported (or is unknown).
     */
    @QueryHandler
    public ImportFindingsView handle(FindImportFindingsQuery query) {
        ImportFindingsDocument imported = mongo.findById(query.planId().value(), ImportFindingsDocument.class);
        if (imported == null || !readers.mayRead(imported.organisationId(), query.userId())) {
            return null;
        }
        List<ImportFindingView> findings = imported.findings() == null ? List.of()
                : imported.findings().stream().map(ImportFindingsProjection::view).toList();
        return new ImportFindingsView(imported.id(), imported.organisation(), imported.fileName(), imported.sha256(),
                imported.importedAt(), imported.importedBy(), imported.importedByRole(), findings);
    }

    /** The findings as stored, numbered from 1 in the order of the event, none resolved. */
    private static List<ImportFindingsDocument.Finding> numbered(List<ImportFinding> findings) {
        List<ImportFindingsDocument.Finding> numbered = new ArrayList<>();
        if (findings != null) {
            for (ImportFinding finding : findings) {
                numbered.add(new ImportFindingsDocument.Finding(numbered.size() + 1, finding.severity(), finding.code(),
                        finding.line(), finding.structure(), finding.objectiveNumber(), finding.phaseNumber(),
                        finding.message(), null));
            }
        }
        return List.copyOf(numbered);
    }

    private static ImportFindingView view(ImportFindingsDocument.Finding finding) {
        ImportFindingsDocument.Resolution resolution = finding.resolution();
        return new ImportFindingView(finding.number(), finding.severity(), finding.code(), finding.line(),
                finding.structure(), finding.objectiveNumber(), finding.phaseNumber(), finding.message(),
                resolution == null ? null : new FindingResolutionView(resolution.note(), resolution.resolvedAt(),
                        resolution.resolvedBy(), resolution.resolvedByRole()));
    }

    private void createIndexes() {
        try {
            mongo.indexOps(ImportFindingsDocument.COLLECTION)
                    .createIndex(new Index().on("organisationId", Sort.Direction.ASC).named("organisation"));
        } catch (RuntimeException refused) {
            LOG.warn("Index on {} not created: {}", ImportFindingsDocument.COLLECTION, refused.getMessage());
        }
    }
}
