package it.traccia.plan.query.imports;

import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.query.FindImportFindingsQuery;
import it.traccia.kernel.plan.query.ImportFindingsView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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
import java.util.List;

/**
 * Projection of the import findings (rilievi d'importazione): keeps one {@link ImportFindingsDocument} per plan imported
 * from a document, written from {@link PlanImported}, and answers {@link FindImportFindingsQuery}. The document is an
 * upsert keyed by the plan's id and holds only what the event and its message say, so redelivery changes nothing.
 */
@Component
@ProcessingGroup(ImportFindingsProjection.PROCESSING_GROUP)
public class ImportFindingsProjection {

    /** The event processor that feeds this projection. */
    public static final String PROCESSING_GROUP = "import-findings";

    private static final Logger LOG = LoggerFactory.getLogger(ImportFindingsProjection.class);

    private final MongoTemplate mongo;

    public ImportFindingsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        createIndexes();
    }

    @EventHandler
    void on(PlanImported event, @Timestamp Instant importedAt,
            @MetaDataValue(PlanMetaData.ORGANISATION) String organisation) {
        ImportSource source = event.source();
        List<ImportFindingsDocument.Finding> findings = event.findings() == null ? List.of()
                : event.findings().stream().map(ImportFindingsProjection::stored).toList();
        mongo.save(new ImportFindingsDocument(event.planId().value(), organisation,
                source == null ? null : source.fileName(), source == null ? null : source.sha256(),
                source == null ? 0 : source.sizeBytes(), importedAt, event.actor().userId(), event.actor().role(),
                findings));
    }

    /** Drops the findings so that a processor reset rebuilds them from the event store. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(ImportFindingsDocument.COLLECTION);
        createIndexes();
    }

    /**
     * Answers with the findings of the plan's import, in the order the reading produced them, or {@code null} when the plan
     * was not imported (or is unknown).
     */
    @QueryHandler
    public ImportFindingsView handle(FindImportFindingsQuery query) {
        ImportFindingsDocument imported = mongo.findById(query.planId().value(), ImportFindingsDocument.class);
        if (imported == null) {
            return null;
        }
        List<ImportFinding> findings = imported.findings() == null ? List.of()
                : imported.findings().stream().map(ImportFindingsProjection::view).toList();
        return new ImportFindingsView(imported.id(), imported.organisation(), imported.fileName(), imported.sha256(),
                imported.importedAt(), imported.importedBy(), imported.importedByRole(), findings);
    }

    private static ImportFindingsDocument.Finding stored(ImportFinding finding) {
        return new ImportFindingsDocument.Finding(finding.severity(), finding.code(), finding.line(), finding.structure(),
                finding.objectiveNumber(), finding.phaseNumber(), finding.message());
    }

    private static ImportFinding view(ImportFindingsDocument.Finding finding) {
        return new ImportFinding(finding.severity(), finding.code(), finding.line(), finding.structure(),
                finding.objectiveNumber(), finding.phaseNumber(), finding.message());
    }

    private void createIndexes() {
        try {
            mongo.indexOps(ImportFindingsDocument.COLLECTION)
                    .createIndex(new Index().on("organisation", Sort.Direction.ASC).named("organisation"));
        } catch (RuntimeException refused) {
            LOG.warn("Index on {} not created: {}", ImportFindingsDocument.COLLECTION, refused.getMessage());
        }
    }
}
