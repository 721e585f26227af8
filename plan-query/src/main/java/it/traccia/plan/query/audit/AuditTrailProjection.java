package it.traccia.plan.query.audit;

import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.query.AuditEntryView;
import it.traccia.kernel.plan.query.AuditTrailView;
import it.traccia.kernel.plan.query.FieldChange;
import it.traccia.kernel.plan.query.FindAuditTrailQuery;
import it.traccia.plan.query.ProjectionBatch;
import it.traccia.plan.query.ReadModelInconsistency;
import it.traccia.plan.query.access.PlanReaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Projection of the audit trail (storico delle modifiche): writes one {@link AuditEntryDocument} per plan event and answers
 * {@link FindAuditTrailQuery} for the members of the plan's organisation. The entry is written (an upsert keyed by the event id) before the plan's
 * {@link AuditPlanStateDocument}, and an event at or below the state's last sequence is ignored, so redelivery changes nothing.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    /** The event processor that feeds this projection. */
    public static final String PROCESSING_GROUP = "audit-trail";
    private static final int ENTRIES_PER_QUERY = 1000;

    private final MongoTemplate mongo;
    private final PlanReaders readers;

    public AuditTrailProjection(MongoTemplate mongo, PlanReaders readers) {
        this.mongo = mongo;
        this.readers = readers;
    }

    @EventHandler
    void on(PlanEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt, @MetaDataValue(PlanMetaData.ORGANISATION) String organisation,
            @MetaDataValue(PlanMetaData.ORGANISATION_ID) String organisationId) {
        String planId = event.planId().value();
        ProjectionBatch batch = ProjectionBatch.current(mongo, AuditPlanStateDocument.COLLECTION);
        batch.prefetch(AuditPlanStateDocument.COLLECTION, AuditPlanStateDocument.class, message ->
                message.getPayload() instanceof PlanEvent plan ? Stream.of(plan.planId().value()) : Stream.empty());
        AuditPlanStateDocument state = batch.find(planId, AuditPlanStateDocument.class, AuditPlanStateDocument.COLLECTION);
        if (state == null && !(event instanceof PlanDefined)) {
            throw new ReadModelInconsistency("Event " + sequence + " of plan " + planId + ", which was never defined here");
        }
        if (state == null) {
            state = AuditPlanStateDocument.opened(planId, organisationIdOf(event, organisationId),
                    organisationOf(event, organisation));
        } else if (state.hasApplied(sequence)) {
            return;
        }
        AuditDescription description = AuditDescriptions.describe(event, state);
        List<AuditEntryDocument.Change> changes = description.changes();
        AuditEntryDocument.Change first = changes.isEmpty() ? null : changes.get(0);
        String entryId = AuditEntryDocument.idOf(planId, sequence);
        batch.insert(entryId, new AuditEntryDocument(entryId, eventId, planId,
                organisation == null ? state.organisation() : organisation,
                sequence, occurredAt, event.actor().userId(), event.actor().role(), event.getClass().getSimpleName(),
                description.subject(), description.structureId(), description.objectiveId(), description.phaseId(),
                first == null ? null : first.field(), first == null ? null : first.before(),
                first == null ? null : first.after(), changes, description.reason(), description.description()),
                AuditEntryDocument.COLLECTION);
        state.applied(sequence);
        batch.save(planId, state, AuditPlanStateDocument.COLLECTION);
    }

    /** Drops the trail and its state so that a processor reset rebuilds them from the event store. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(AuditEntryDocument.COLLECTION);
        mongo.dropCollection(AuditPlanStateDocument.COLLECTION);
    }

    /**
     * Answers with the plan's entries, oldest first, only those of one objective and its phases when the query names one,
     * and only one page of them when it asks for one, each entry read by {@code _id}; {@code null} when the plan has no
     * entries at all.
     */
    @QueryHandler
    public AuditTrailView handle(FindAuditTrailQuery query) {
        String planId = query.planId().value();
        AuditPlanStateDocument state = mongo.findById(planId, AuditPlanStateDocument.class);
        if (state == null || !readers.mayRead(state.organisationId(), query.userId())) {
            return null;
        }
        if (query.objectiveId() != null) {
            List<AuditEntryDocument> ofObjective = entriesBetween(planId, 0, state.lastSequence() + 1).stream()
                    .filter(entry -> query.objectiveId().equals(entry.objectiveId())).toList();
            return trail(planId, state, page(ofObjective, query), ofObjective.size());
        }
        long from = query.page() == null ? 0 : (long) query.page() * query.size();
        long to = query.page() == null ? state.lastSequence() + 1 : Math.min(state.lastSequence() + 1, from + query.size());
        return trail(planId, state, entriesBetween(planId, from, to), (int) state.entries());
    }

    /**
     * The plan's entries whose sequences are in [{@code from}, {@code to}), read by {@code _id} (every event of a plan
     * has its entry, keyed by its sequence), in chunks of {@value #ENTRIES_PER_QUERY}.
     */
    private List<AuditEntryDocument> entriesBetween(String planId, long from, long to) {
        List<AuditEntryDocument> entries = new ArrayList<>();
        for (long first = from; first < to; first += ENTRIES_PER_QUERY) {
            List<String> ids = LongStream.range(first, Math.min(to, first + ENTRIES_PER_QUERY))
                    .mapToObj(sequence -> AuditEntryDocument.idOf(planId, sequence)).toList();
            entries.addAll(mongo.find(Query.query(Criteria.where("_id").in(ids))
                    .with(Sort.by(Sort.Direction.ASC, "sequence")), AuditEntryDocument.class));
        }
        return entries;
    }

    private static List<AuditEntryDocument> page(List<AuditEntryDocument> entries, FindAuditTrailQuery query) {
        if (query.page() == null) {
            return entries;
        }
        int from = (int) Math.min(entries.size(), (long) query.page() * query.size());
        return entries.subList(from, Math.min(entries.size(), from + query.size()));
    }

    private static AuditTrailView trail(String planId, AuditPlanStateDocument state, List<AuditEntryDocument> entries,
                                        int total) {
        return new AuditTrailView(planId, state.organisation(), entries.stream().map(AuditTrailProjection::view).toList(),
                total);
    }

    private static AuditEntryView view(AuditEntryDocument entry) {
        List<FieldChange> changes = entry.changes() == null ? List.of()
                : entry.changes().stream().map(change -> new FieldChange(change.field(), change.before(), change.after())).toList();
        return new AuditEntryView(entry.eventId(), entry.sequence(), entry.occurredAt(), entry.user(), entry.role(), entry.action(),
                entry.subject(), entry.structureId(), entry.objectiveId(), entry.phaseId(), entry.field(), entry.before(),
                entry.after(), changes, entry.reason(), entry.description());
    }

    private static String organisationIdOf(PlanEvent event, String organisationId) {
        if (organisationId == null && event instanceof PlanDefined defined) {
            return defined.organisationId().value();
        }
        return organisationId;
    }

    private static String organisationOf(PlanEvent event, String organisation) {
        if (organisation == null && event instanceof PlanDefined defined) {
            return defined.organisation();
        }
        return organisation;
    }

}
