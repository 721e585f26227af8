package it.traccia.plan.query.plan;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.PlanStatus;
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
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.plan.event.VariationOpened;
import it.traccia.kernel.plan.query.ApprovalDeadlineView.DeadlineState;
import it.traccia.kernel.plan.query.FindHeadedStructuresQuery;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindPlanVersionQuery;
import it.traccia.kernel.plan.query.FindPlanVersionsQuery;
import it.traccia.kernel.plan.query.FindReadablePlansQuery;
import it.traccia.kernel.plan.query.HeadedStructureView;
import it.traccia.kernel.plan.query.HeadedStructuresView;
import it.traccia.kernel.plan.query.PlanSummariesView;
import it.traccia.kernel.plan.query.PlanSummaryView;
import it.traccia.kernel.plan.query.PlanVersionSummaryView;
import it.traccia.kernel.plan.query.PlanVersionsView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.plan.query.ReadModelInconsistency;
import it.traccia.plan.query.access.PlanReaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
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
 * {@link FindPlanVersionsQuery}, {@link FindPlanVersionQuery}, {@link FindReadablePlansQuery} and
 * {@link FindHeadedStructuresQuery}, only to members of the plan's organisation. Idempotent (an event at or below the
 * document's last sequence is ignored; the frozen copy is written before the plan, by an upsert that only inserts) and
 * replayable; an event it cannot place stops it ({@link ReadModelInconsistency}) rather than being skipped.
 */
@Component
@ProcessingGroup(PlanProjection.PROCESSING_GROUP)
public class PlanProjection {

    /** The event processor that feeds this projection. */
    public static final String PROCESSING_GROUP = "plan-views";

    private static final Logger LOG = LoggerFactory.getLogger(PlanProjection.class);

    private final MongoTemplate mongo;
    private final PlanReaders readers;

    public PlanProjection(MongoTemplate mongo, PlanReaders readers) {
        this.mongo = mongo;
        this.readers = readers;
        createIndexes();
    }

    @EventHandler
    void on(PlanDefined event, @SequenceNumber long sequence, @Timestamp Instant occurredAt,
            @MetaDataValue(PlanMetaData.ORGANISATION) String organisation) {
        PlanDocument plan = mongo.findById(event.planId().value(), PlanDocument.class);
        if (plan != null && plan.hasApplied(sequence)) {
            return;
        }
        PlanDocument draft = PlanDocument.draft(event.planId().value(), event.organisationId().value(),
                organisation == null ? event.organisation() : organisation, event.province(), event.firstYear(),
                event.lastYear(), event.year());
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
        apply(event.planId(), sequence, occurredAt, plan -> plan.structure(event.structureId().value()).setContext(context));
    }

    @EventHandler
    void on(StructureHeadAssigned event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.structure(event.structureId().value())
                .assignHead(event.userId(), event.name(), event.title()));
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
        apply(event.planId(), sequence, occurredAt, plan -> plan.structure(event.structureId().value()).addObjective(objective));
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
                .revise(event.kind(), event.description(), event.indicators(), event.targets(), text(event.deadline()),
                        event.revision()));
    }

    @EventHandler
    void on(ObjectiveWeightChanged event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.objective(event.objectiveId().value())
                .changeWeight(text(event.weight()), event.revision()));
    }

    @EventHandler
    void on(ObjectiveRemoved event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.removeObjective(event.objectiveId().value()));
    }

    @EventHandler
    void on(PhaseDefined event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        PhaseNode phase = new PhaseNode(event.phaseId().value(), event.number(), event.description(), text(event.weight()),
                event.indicator(), event.target(), text(event.deadline()), 1);
        apply(event.planId(), sequence, occurredAt, plan -> plan.objective(event.objectiveId().value()).addPhase(phase));
    }

    @EventHandler
    void on(PhaseRevised event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.phase(event.phaseId().value())
                .revise(event.description(), event.indicator(), event.target(), text(event.deadline()), event.revision()));
    }

    @EventHandler
    void on(PhaseWeightChanged event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.phase(event.phaseId().value())
                .changeWeight(text(event.weight()), event.revision()));
    }

    @EventHandler
    void on(PhaseRemoved event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.objective(event.objectiveId().value())
                .removePhase(event.phaseId().value()));
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
        PlanDocument plan = readable(query.planId().value(), query.userId());
        return plan == null ? null : PlanViews.of(plan);
    }

    /**
     * Answers with the plan's adopted versions, oldest first, each with its delibera: an empty list before the first
     * adoption, {@code null} for an unknown plan.
     */
    @QueryHandler
    public PlanVersionsView handle(FindPlanVersionsQuery query) {
        String planId = query.planId().value();
        if (readable(planId, query.userId()) == null) {
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
        if (version == null || !readers.mayRead(version.plan().organisationId(), query.userId())) {
            return null;
        }
        return PlanViews.of(version.plan());
    }

    /** Answers with the plans of every organisation in which the user holds a role, by organisation and year. */
    @QueryHandler
    public PlanSummariesView handle(FindReadablePlansQuery query) {
        Query plans = Query.query(Criteria.where("organisationId").in(readers.organisationsOf(query.userId())))
                .with(Sort.by("organisation", "year"));
        plans.fields().include("organisationId", "organisation", "year", "status", "version");
        return new PlanSummariesView(mongo.find(plans, Document.class, PlanDocument.COLLECTION).stream()
                .map(plan -> new PlanSummaryView(plan.getString("_id"), plan.getString("organisationId"),
                        plan.getString("organisation"), plan.getInteger("year"), PlanStatus.valueOf(plan.getString("status")),
                        plan.getInteger("version")))
                .toList());
    }

    /** Answers with the structures the user heads in the plans of the organisations in which they hold a role. */
    @QueryHandler
    public HeadedStructuresView handle(FindHeadedStructuresQuery query) {
        Query plans = Query.query(Criteria.where("structures.headUserId").is(query.userId())
                .and("organisationId").in(readers.organisationsOf(query.userId())));
        return new HeadedStructuresView(mongo.find(plans, PlanDocument.class).stream()
                .flatMap(plan -> plan.structuresHeadedBy(query.userId()).stream()
                        .map(structure -> new HeadedStructureView(plan.organisationId(), plan.id(), structure.id(),
                                structure.name())))
                .toList());
    }

    /** The plan, when there is one and the user may read it; otherwise {@code null}, as for a plan that does not exist. */
    private PlanDocument readable(String planId, String userId) {
        PlanDocument plan = mongo.findById(planId, PlanDocument.class);
        return plan != null && readers.mayRead(plan.organisationId(), userId) ? plan : null;
    }

    private void warnAboutDeadline(PlanId planId, int version, LocalDate deadline, DeadlineState state, long sequence,
                                   Instant occurredAt) {
        ApprovalDeadlineNode warning = new ApprovalDeadlineNode(text(deadline), state, occurredAt);
        apply(planId, sequence, occurredAt, plan -> {
            if (plan.version() != version) {
                throw new ReadModelInconsistency("Deadline warning " + sequence + " for version " + version + " of plan "
                        + planId + ", which is at version " + plan.version());
            }
            plan.warnAboutDeadline(warning);
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
            throw new ReadModelInconsistency("Event " + sequence + " of plan " + planId + ", which was never defined here");
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
            mongo.indexOps(PlanDocument.COLLECTION).createIndex(new Index().on("organisationId", Sort.Direction.ASC)
                    .on("year", Sort.Direction.ASC).named("organisation_year"));
            mongo.indexOps(PlanDocument.COLLECTION).createIndex(new Index().on("structures.headUserId", Sort.Direction.ASC)
                    .named("structure_head"));
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
