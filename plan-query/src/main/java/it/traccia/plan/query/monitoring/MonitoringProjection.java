package it.traccia.plan.query.monitoring;

import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.Role;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.event.EvidenceStored;
import it.traccia.kernel.monitoring.event.MidYearCheckRecorded;
import it.traccia.kernel.monitoring.event.MonitoringEvent;
import it.traccia.kernel.monitoring.query.CompletionView;
import it.traccia.kernel.monitoring.query.EvidenceView;
import it.traccia.kernel.monitoring.query.FindMidYearCheckQuery;
import it.traccia.kernel.monitoring.query.FindMonitoringRecordsQuery;
import it.traccia.kernel.monitoring.query.IndicatorValueView;
import it.traccia.kernel.monitoring.query.MidYearCheckView;
import it.traccia.kernel.monitoring.query.MonitoringEntryView;
import it.traccia.kernel.monitoring.query.MonitoringRecordView;
import it.traccia.kernel.monitoring.query.MonitoringRecordsView;
import it.traccia.kernel.monitoring.query.ProgressStateView;
import it.traccia.plan.query.ProjectionBatch;
import it.traccia.plan.query.ReadModelInconsistency;
import it.traccia.plan.query.access.PlanReaders;
import it.traccia.plan.query.monitoring.MonitoringRecordsDocument.CompletionNode;
import it.traccia.plan.query.monitoring.MonitoringRecordsDocument.EntryNode;
import it.traccia.plan.query.monitoring.MonitoringRecordsDocument.EvidenceNode;
import it.traccia.plan.query.monitoring.MonitoringRecordsDocument.ProgressNode;
import it.traccia.plan.query.monitoring.MonitoringRecordsDocument.RecordNode;
import it.traccia.plan.query.monitoring.MonitoringRecordsDocument.ValueNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Projection of the monitoring records (registrazioni del monitoraggio): keeps one {@link MonitoringRecordsDocument}
 * per plan from the events of its {@code PlanMonitoring} (records and supporting documents), and answers {@link FindMonitoringRecordsQuery} for the
 * members of the plan's organisation. Idempotent (an event at or below the document's last sequence is ignored) and
 * replayable; an event it cannot place stops it ({@link ReadModelInconsistency}).
 */
@Component
@ProcessingGroup(MonitoringProjection.PROCESSING_GROUP)
public class MonitoringProjection {

    /** The event processor that feeds this projection. */
    public static final String PROCESSING_GROUP = "monitoring-records";

    private final MongoTemplate mongo;
    private final PlanReaders readers;

    public MonitoringProjection(MongoTemplate mongo, PlanReaders readers) {
        this.mongo = mongo;
        this.readers = readers;
    }

    @EventHandler
    void on(MonitoringEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(PlanMetaData.ORGANISATION_ID) String organisationId) {
        apply(event.planId().value(), sequence, organisationId, records -> records.applied(event, sequence, recordedAt));
    }

    @EventHandler
    void on(EvidenceStored event, @SequenceNumber long sequence, @Timestamp Instant storedAt,
            @MetaDataValue(PlanMetaData.ORGANISATION_ID) String organisationId) {
        apply(event.planId().value(), sequence, organisationId, records -> records.stored(event, sequence, storedAt));
    }

    @EventHandler
    void on(MidYearCheckRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(PlanMetaData.ORGANISATION_ID) String organisationId) {
        apply(event.planId().value(), sequence, organisationId, records -> records.checked(event, sequence, recordedAt));
    }

    /** The one skeleton of this projection: find the plan's records, skip what they applied, change, save. */
    private void apply(String planId, long sequence, String organisationId,
                       UnaryOperator<MonitoringRecordsDocument> change) {
        ProjectionBatch batch = ProjectionBatch.current(mongo, MonitoringRecordsDocument.COLLECTION);
        batch.prefetch(MonitoringRecordsDocument.COLLECTION, MonitoringRecordsDocument.class,
                MonitoringProjection::planOf);
        MonitoringRecordsDocument records = batch.find(planId, MonitoringRecordsDocument.class,
                MonitoringRecordsDocument.COLLECTION);
        if (records == null) {
            if (organisationId == null) {
                throw new ReadModelInconsistency("Monitoring event " + sequence + " of plan " + planId
                        + " without its organisation");
            }
            records = MonitoringRecordsDocument.opened(planId, organisationId);
        } else if (records.hasApplied(sequence)) {
            return;
        }
        batch.save(planId, change.apply(records), MonitoringRecordsDocument.COLLECTION);
    }

    private static Stream<Object> planOf(Message<?> message) {
        if (message.getPayload() instanceof MonitoringEvent monitoring) {
            return Stream.of(monitoring.planId().value());
        }
        if (message.getPayload() instanceof EvidenceStored stored) {
            return Stream.of(stored.planId().value());
        }
        if (message.getPayload() instanceof MidYearCheckRecorded checked) {
            return Stream.of(checked.planId().value());
        }
        return Stream.empty();
    }

    /** Drops the records so that a processor reset rebuilds them from the event store. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(MonitoringRecordsDocument.COLLECTION);
    }

    /**
     * Answers with the plan's records; with none when nothing was recorded yet (the caller asks the plan itself who
     * may read it); {@code null} when the user holds no role in the plan's organisation.
     */
    @QueryHandler
    public MonitoringRecordsView handle(FindMonitoringRecordsQuery query) {
        String planId = query.planId().value();
        MonitoringRecordsDocument records = mongo.findById(planId, MonitoringRecordsDocument.class);
        if (records == null) {
            return new MonitoringRecordsView(planId, List.of(), List.of());
        }
        if (!readers.mayRead(records.organisationId(), query.userId())) {
            return null;
        }
        return view(planId, records.records(), records.evidence());
    }

    /** Answers with one verifica intermedia and the records as it saw them; {@code null} when there is no such check. */
    @QueryHandler
    public MidYearCheckView handle(FindMidYearCheckQuery query) {
        String planId = query.planId().value();
        MonitoringRecordsDocument records = mongo.findById(planId, MonitoringRecordsDocument.class);
        if (records == null || records.midYearChecks() == null
                || !readers.mayRead(records.organisationId(), query.userId())) {
            return null;
        }
        return records.midYearChecks().stream().filter(check -> check.number() == query.number()).findFirst()
                .map(check -> new MidYearCheckView(check.number(), check.version(), day(check.asOf()), check.notes(),
                        check.recordedBy(), Role.valueOf(check.role()), check.recordedAt(),
                        view(planId, check.records(), check.evidence())))
                .orElse(null);
    }

    private static MonitoringRecordsView view(String planId, List<RecordNode> records, List<EvidenceNode> evidence) {
        return new MonitoringRecordsView(planId, records.stream().map(MonitoringProjection::view).toList(),
                evidence.stream().map(MonitoringProjection::view).toList());
    }

    private static MonitoringRecordView view(RecordNode record) {
        return new MonitoringRecordView(ElementKind.valueOf(record.kind()), record.elementId(), record.structureId(),
                view(record.completion()), view(record.progress()),
                record.history().stream().map(MonitoringProjection::view).toList(),
                record.values() == null ? List.of() : record.values().stream().map(MonitoringProjection::view).toList());
    }

    private static IndicatorValueView view(ValueNode value) {
        return new IndicatorValueView(new BigDecimal(value.value()), value.unit(), day(value.measuredOn()),
                value.source(), value.recordedBy(), Role.valueOf(value.role()), value.recordedAt(), null);
    }

    private static EvidenceView view(EvidenceNode evidence) {
        return new EvidenceView(evidence.id(), evidence.sha256(), evidence.size(), evidence.name(),
                evidence.contentType(), evidence.storedBy(), Role.valueOf(evidence.role()), evidence.storedAt());
    }

    private static CompletionView view(CompletionNode completion) {
        return completion == null ? null : new CompletionView(day(completion.completedOn()),
                new BigDecimal(completion.achievement()), completion.note(), completion.evidenceIds(),
                completion.recordedBy(), Role.valueOf(completion.role()), completion.recordedAt());
    }

    private static ProgressStateView view(ProgressNode progress) {
        return progress == null ? null : new ProgressStateView(day(progress.asOf()), new BigDecimal(progress.achievement()),
                progress.note(), progress.recordedBy(), Role.valueOf(progress.role()), progress.recordedAt());
    }

    private static MonitoringEntryView view(EntryNode entry) {
        return new MonitoringEntryView(entry.action(), day(entry.day()), new BigDecimal(entry.achievement()),
                entry.note(), entry.reason(), entry.recordedBy(), Role.valueOf(entry.role()), entry.recordedAt());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
