package it.traccia.plan.query.audit;

import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.query.AuditEntryView;
import it.traccia.kernel.plan.query.AuditTrailView;
import it.traccia.kernel.plan.query.FieldChange;
import it.traccia.kernel.plan.query.FindAuditTrailQuery;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

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

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailProjection.class);

    private final MongoTemplate mongo;
    private final PlanReaders readers;

    public AuditTrailProjection(MongoTemplate mongo, PlanReaders readers) {
        this.mongo = mongo;
        this.readers = readers;
        createIndexes();
    }

    @EventHandler
    void on(PlanEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt, @MetaDataValue(PlanMetaData.ORGANISATION) String organisation,
            @MetaDataValue(PlanMetaData.ORGANISATION_ID) String organisationId) {
        String planId = event.planId().value();
        AuditPlanStateDocument state = mongo.findById(planId, AuditPlanStateDocument.class);
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
        mongo.save(new AuditEntryDocument(eventId, planId, organisation == null ? state.organisation() : organisation,
                sequence, occurredAt, event.actor().userId(), event.actor().role(), event.getClass().getSimpleName(),
                description.subject(), description.structureId(), description.objectiveId(), description.phaseId(),
                first == null ? null : first.field(), first == null ? null : first.before(),
                first == null ? null : first.after(), changes, description.reason(), description.description()));
        state.applied(sequence);
        mongo.save(state);
    }

    /** Drops the trail and its state so that a processor reset rebuilds them from the event store. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(AuditEntryDocument.COLLECTION);
        mongo.dropCollection(AuditPlanStateDocument.COLLECTION);
        createIndexes();
    }

    /**
     * Answers with the plan's entries, oldest first, only those of one objective and its phases when the query names one;
     * {@code null} when the plan has no entries at all.
     */
    @QueryHandler
    public AuditTrailView handle(FindAuditTrailQuery query) {
        String planId = query.planId().value();
        AuditPlanStateDocument state = mongo.findById(planId, AuditPlanStateDocument.class);
        if (state == null || !readers.mayRead(state.organisationId(), query.userId())) {
            return null;
        }
        Criteria criteria = Criteria.where("planId").is(planId);
        if (query.objectiveId() != null) {
            criteria = criteria.and("objectiveId").is(query.objectiveId());
        }
        List<AuditEntryDocument> entries = mongo.find(
                Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "sequence")), AuditEntryDocument.class);
        return new AuditTrailView(planId, state.organisation(), entries.stream().map(AuditTrailProjection::view).toList());
    }

    private static AuditEntryView view(AuditEntryDocument entry) {
        List<FieldChange> changes = entry.changes() == null ? List.of()
                : entry.changes().stream().map(change -> new FieldChange(change.field(), change.before(), change.after())).toList();
        return new AuditEntryView(entry.id(), entry.sequence(), entry.occurredAt(), entry.user(), entry.role(), entry.action(),
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

    private void createIndexes() {
        try {
            mongo.indexOps(AuditEntryDocument.COLLECTION).createIndex(new Index()
                    .on("planId", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC).named("plan_sequence"));
            mongo.indexOps(AuditEntryDocument.COLLECTION).createIndex(new Index()
                    .on("planId", Sort.Direction.ASC).on("objectiveId", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC)
                    .named("plan_objective_sequence"));
        } catch (RuntimeException refused) {
            LOG.warn("Indexes on {} not created: {}", AuditEntryDocument.COLLECTION, refused.getMessage());
        }
    }
}
