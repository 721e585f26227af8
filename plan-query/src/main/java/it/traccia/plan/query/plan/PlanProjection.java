package it.traccia.plan.query.plan;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.event.ApprovalDeadlineMissed;
import it.traccia.kernel.plan.event.ApprovalDeadlineNear;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.CommonStrategicContextSet;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.ObjectiveRevised;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.plan.event.PhaseRevised;
import it.traccia.kernel.plan.event.PhaseWeightChanged;
import it.traccia.kernel.plan.event.PlanAdopted;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanReturned;
import it.traccia.kernel.plan.event.PlanSubmitted;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.event.VariationOpened;
import it.traccia.kernel.plan.query.ApprovalDeadlineView.DeadlineState;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindPlanVersionQuery;
import it.traccia.kernel.plan.query.FindPlanVersionsQuery;
import it.traccia.kernel.plan.query.PlanVersionSummaryView;
import it.traccia.kernel.plan.query.PlanVersionsView;
import it.traccia.kernel.plan.query.PlanView;
import org.bson.Document;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Projection of the current plan (piano corrente) and of its adopted versions (versioni adottate): keeps one
 * {@link PlanDocument} per plan and, at each adoption, a frozen {@link PlanVersionDocument}; answers {@link FindPlanQuery},
 * {@link FindPlanVersionsQuery} and {@link FindPlanVersionQuery}. Idempotent (an event at or below the document's last
 * sequence is ignored; the frozen copy is written before the plan, by an upsert that only inserts) and replayable.
 */
@Component
@ProcessingGroup(PlanProjection.PROCESSING_GROUP)
public class PlanProjection {

    /** The event processor that feeds this projection. */
    public static final String PROCESSING_GROUP = "plan-views";

    private static final Logger LOG = LoggerFactory.getLogger(PlanProjection.class);

    private final MongoTemplate mongo;

    public PlanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        createIndexes();
    }

    @EventHandler
    void on(PlanDefined event, @SequenceNumber long sequence, @Timestamp Instant occurredAt,
            @MetaDataValue(PlanMetaData.ORGANISATION) String organisation) {
        PlanDocument plan = mongo.findById(event.planId().value(), PlanDocument.class);
        if (plan != null && plan.hasApplied(sequence)) {
            return;
        }
        PlanDocument draft = PlanDocument.draft(event.planId().value(), organisation == null ? event.organisation() : organisation,
                event.province(), event.firstYear(), event.lastYear(), event.year());
        draft.applied(sequence, occurredAt);
        mongo.save(draft);
    }

    @EventHandler
    void on(StructureAdded event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt,
                plan -> plan.addStructure(StructureNode.added(event.structureId().value(), event.name(), event.head(),
                        event.headTitle())));
    }

    @EventHandler
    void on(StrategicContextSet event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        StrategicContextNode context = new StrategicContextNode(event.strategicLine(), event.strategicObjective(),
                text(event.missionCode()), event.operationalObjective());
        apply(event.planId(), sequence, occurredAt,
                plan -> plan.structure(event.structureId().value()).ifPresent(structure -> structure.setContext(context)));
    }

    @EventHandler
    void on(CommonStrategicContextSet event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        StrategicContextNode context = new StrategicContextNode(event.strategicLine(), event.strategicObjective(),
                text(event.missionCode()), event.operationalObjective());
        apply(event.planId(), sequence, occurredAt, plan -> plan.setCommonContext(context));
    }

    @EventHandler
    void on(ObjectiveDefined event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        ObjectiveNode objective = new ObjectiveNode(event.objectiveId().value(), event.number(), event.kind(),
                event.description(), text(event.weight()), event.indicators(), event.targets(), text(event.deadline()), 1,
                null);
        apply(event.planId(), sequence, occurredAt,
                plan -> plan.structure(event.structureId().value()).ifPresent(structure -> structure.addObjective(objective)));
    }

    @EventHandler
    void on(CommonObjectiveDefined event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        ObjectiveNode objective = new ObjectiveNode(event.objectiveId().value(), event.number(), event.kind(),
                event.description(), text(event.weight()), event.indicators(), event.targets(), text(event.deadline()), 1,
                null);
        apply(event.planId(), sequence, occurredAt, plan -> plan.addCommonObjective(objective));
    }

    @EventHandler
    void on(ObjectiveRevised event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.objective(event.objectiveId().value())
                .ifPresent(objective -> objective.revise(event.kind(), event.description(), event.indicators(),
                        event.targets(), text(event.deadline()), event.revision())));
    }

    @EventHandler
    void on(ObjectiveWeightChanged event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.objective(event.objectiveId().value())
                .ifPresent(objective -> objective.changeWeight(text(event.weight()), event.revision())));
    }

    @EventHandler
    void on(ObjectiveRemoved event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.removeObjective(event.objectiveId().value()));
    }

    @EventHandler
    void on(PhaseDefined event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        PhaseNode phase = new PhaseNode(event.phaseId().value(), event.number(), event.description(), text(event.weight()),
                event.indicator(), event.target(), text(event.deadline()), 1);
        apply(event.planId(), sequence, occurredAt,
                plan -> plan.objective(event.objectiveId().value()).ifPresent(objective -> objective.addPhase(phase)));
    }

    @EventHandler
    void on(PhaseRevised event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.phase(event.phaseId().value())
                .ifPresent(phase -> phase.revise(event.description(), event.indicator(), event.target(),
                        text(event.deadline()), event.revision())));
    }

    @EventHandler
    void on(PhaseWeightChanged event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.phase(event.phaseId().value())
                .ifPresent(phase -> phase.changeWeight(text(event.weight()), event.revision())));
    }

    @EventHandler
    void on(PhaseRemoved event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.objective(event.objectiveId().value())
                .ifPresent(objective -> objective.removePhase(event.phaseId().value())));
    }

    @EventHandler
    void on(PlanSubmitted event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.submit(event.version()));
    }

    @EventHandler
    void on(PlanReturned event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.returnToDraft(event.version()));
    }

    /** Adopts the version and freezes a copy of the whole plan as it now stands into {@code plan_versions}. */
    @EventHandler
    void on(PlanAdopted event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        AdoptionNode adoption = new AdoptionNode(event.resolutionNumber(), text(event.resolutionDate()), occurredAt,
                event.actor().userId(), event.actor().role());
        apply(event.planId(), sequence, occurredAt, plan -> plan.adopt(event.version(), adoption), this::freeze);
    }

    @EventHandler
    void on(VariationOpened event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.openVariation(event.version()));
    }

    @EventHandler
    void on(ApprovalDeadlineNear event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        warnAboutDeadline(event.planId(), event.version(), event.deadline(), DeadlineState.NEAR, sequence, occurredAt);
    }

    @EventHandler
    void on(ApprovalDeadlineMissed event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        warnAboutDeadline(event.planId(), event.version(), event.deadline(), DeadlineState.MISSED, sequence, occurredAt);
    }

    /** Drops the plans and their adopted versions so that a processor reset rebuilds them from the event store. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(PlanDocument.COLLECTION);
        mongo.dropCollection(PlanVersionDocument.COLLECTION);
        createIndexes();
    }

    /** Answers with the current plan as a tree, with every weight sum, or {@code null} for an unknown plan. */
    @QueryHandler
    public PlanView handle(FindPlanQuery query) {
        PlanDocument plan = mongo.findById(query.planId().value(), PlanDocument.class);
        return plan == null ? null : PlanViews.of(plan);
    }

    /**
     * Answers with the plan's adopted versions, oldest first, each with its delibera: an empty list before the first
     * adoption, {@code null} for an unknown plan.
     */
    @QueryHandler
    public PlanVersionsView handle(FindPlanVersionsQuery query) {
        String planId = query.planId().value();
        if (!mongo.exists(Query.query(Criteria.where("_id").is(planId)), PlanDocument.class)) {
            return null;
        }
        List<PlanVersionDocument> versions = mongo.find(Query.query(Criteria.where("planId").is(planId))
                .with(Sort.by(Sort.Direction.ASC, "version")), PlanVersionDocument.class);
        return new PlanVersionsView(planId, versions.stream()
                .map(version -> new PlanVersionSummaryView(version.version(), PlanViews.adoption(version.plan().adoption())))
                .toList());
    }

    /** Answers with one adopted version exactly as it was adopted, or {@code null} when that version was never adopted. */
    @QueryHandler
    public PlanView handle(FindPlanVersionQuery query) {
        PlanVersionDocument version = mongo.findById(PlanVersionDocument.idOf(query.planId().value(), query.version()),
                PlanVersionDocument.class);
        return version == null ? null : PlanViews.of(version.plan());
    }

    private void warnAboutDeadline(PlanId planId, int version, LocalDate deadline, DeadlineState state, long sequence,
                                   Instant occurredAt) {
        ApprovalDeadlineNode warning = new ApprovalDeadlineNode(text(deadline), state, occurredAt);
        apply(planId, sequence, occurredAt, plan -> {
            if (plan.version() == version) {
                plan.warnAboutDeadline(warning);
            } else {
                LOG.warn("Deadline warning {} for version {} of plan {}, now at version {}, ignored", sequence, version,
                        planId, plan.version());
            }
        });
    }

    private void apply(PlanId planId, long sequence, Instant occurredAt, Consumer<PlanDocument> change) {
        apply(planId, sequence, occurredAt, change, plan -> {
        });
    }

    /** Applies the change, then lets {@code alsoWrite} store what follows from the changed plan, then saves the plan. */
    private void apply(PlanId planId, long sequence, Instant occurredAt, Consumer<PlanDocument> change,
                       Consumer<PlanDocument> alsoWrite) {
        PlanDocument plan = mongo.findById(planId.value(), PlanDocument.class);
        if (plan == null) {
            LOG.warn("Event {} of unknown plan {} ignored", sequence, planId);
            return;
        }
        if (plan.hasApplied(sequence)) {
            return;
        }
        change.accept(plan);
        plan.applied(sequence, occurredAt);
        alsoWrite.accept(plan);
        mongo.save(plan);
    }

    /**
     * Writes the frozen copy of the plan's current version, only if that version has none yet ({@code $setOnInsert} in an
     * upsert): a redelivery after a crash between this write and the plan's save finds the copy there and changes nothing.
     */
    private void freeze(PlanDocument plan) {
        PlanVersionDocument version = PlanVersionDocument.frozen(plan);
        Document stored = new Document();
        mongo.getConverter().write(version, stored);
        stored.remove("_id");
        Update update = new Update();
        stored.forEach(update::setOnInsert);
        mongo.upsert(Query.query(Criteria.where("_id").is(version.id())), update, PlanVersionDocument.COLLECTION);
    }

    private void createIndexes() {
        try {
            mongo.indexOps(PlanDocument.COLLECTION).createIndex(new Index().on("organisation", Sort.Direction.ASC).named("organisation"));
            mongo.indexOps(PlanVersionDocument.COLLECTION).createIndex(new Index()
                    .on("planId", Sort.Direction.ASC).on("version", Sort.Direction.ASC).named("plan_version"));
        } catch (RuntimeException refused) {
            LOG.warn("Indexes on {} and {} not created: {}", PlanDocument.COLLECTION, PlanVersionDocument.COLLECTION,
                    refused.getMessage());
        }
    }

    private static String text(Weight weight) {
        return weight == null ? null : weight.value().toPlainString();
    }

    private static String text(MissionCode mission) {
        return mission == null ? null : mission.value();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
