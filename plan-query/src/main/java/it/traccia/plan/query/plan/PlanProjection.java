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
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.event.PlanReturned;
import it.traccia.kernel.plan.event.PlanSubmitted;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.plan.event.StructureRemoved;
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
import it.traccia.plan.query.ProjectionBatch;
import it.traccia.plan.query.ReadModelInconsistency;
import it.traccia.plan.query.access.PlanReaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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

    private final MongoTemplate mongo;
    private final PlanReaders readers;

    public PlanProjection(MongoTemplate mongo, PlanReaders readers) {
        this.mongo = mongo;
        this.readers = readers;
    }

    @EventHandler
    void on(PlanDefined event, @SequenceNumber long sequence, @Timestamp Instant occurredAt,
            @MetaDataValue(PlanMetaData.ORGANISATION) String organisation) {
        ProjectionBatch batch = batch();
        PlanDocument plan = batch.find(event.planId().value(), PlanDocument.class, PlanDocument.COLLECTION);
        if (plan != null && plan.hasApplied(sequence)) {
            return;
        }
        PlanDocument draft = PlanDocument.draft(event.planId().value(), event.organisationId().value(),
                organisation == null ? event.organisation() : organisation, event.province(), event.firstYear(),
                event.lastYear(), event.year());
        draft.applied(sequence, occurredAt);
        summarise(batch, draft);
        batch.save(draft.id(), draft, PlanDocument.COLLECTION);
    }

    @EventHandler
    void on(StructureAdded event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt,
                plan -> plan.addStructure(StructureNode.added(event.structureId().value(), event.name(), event.head(),
                        event.headTitle())));
    }

    @EventHandler
    void on(StructureRemoved event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        apply(event.planId(), sequence, occurredAt, plan -> plan.removeStructure(event.structureId().value()));
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
        apply(event.planId(), sequence, occurredAt, plan -> plan.adopt(event.version(), adoption), PlanProjection::freeze);
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
        mongo.dropCollection(OrganisationPlansDocument.COLLECTION);
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
        PlanDocument plan = readable(planId, query.userId());
        if (plan == null) {
            return null;
        }
        List<String> ids = IntStream.rangeClosed(1, plan.version())
                .mapToObj(version -> PlanVersionDocument.idOf(planId, version)).toList();
        List<PlanVersionDocument> versions = mongo.find(Query.query(Criteria.where("_id").in(ids))
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
        return new PlanSummariesView(plansOfTheOrganisationsOf(query.userId())
                .flatMap(organisation -> organisation.plans().stream()
                        .map(plan -> new PlanSummaryView(plan.planId(), organisation.id(), plan.organisation(), plan.year(),
                                plan.status(), plan.version())))
                .sorted(Comparator.comparing(PlanSummaryView::organisation).thenComparing(PlanSummaryView::year))
                .toList());
    }

    /** Answers with the structures the user heads in the plans of the organisations in which they hold a role. */
    @QueryHandler
    public HeadedStructuresView handle(FindHeadedStructuresQuery query) {
        return new HeadedStructuresView(plansOfTheOrganisationsOf(query.userId())
                .flatMap(organisation -> organisation.plans().stream()
                        .flatMap(plan -> plan.heads().stream()
                                .filter(head -> head.userId().equals(query.userId()))
                                .map(head -> new HeadedStructureView(organisation.id(), plan.planId(), head.structureId(),
                                        head.structureName()))))
                .toList());
    }

    /** The plans of each organisation the user belongs to, read by {@code _id}. */
    private Stream<OrganisationPlansDocument> plansOfTheOrganisationsOf(String userId) {
        Collection<String> organisations = readers.organisationsOf(userId);
        if (organisations.isEmpty()) {
            return Stream.empty();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(organisations)), OrganisationPlansDocument.class).stream();
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
        apply(planId, sequence, occurredAt, change, (batch, plan) -> {
        });
    }

    /** Applies the change, then lets {@code alsoWrite} store what follows from the changed plan, then saves the plan. */
    private void apply(PlanId planId, long sequence, Instant occurredAt, Consumer<PlanDocument> change,
                       BiConsumer<ProjectionBatch, PlanDocument> alsoWrite) {
        ProjectionBatch batch = batch();
        PlanDocument plan = batch.find(planId.value(), PlanDocument.class, PlanDocument.COLLECTION);
        if (plan == null) {
            throw new ReadModelInconsistency("Event " + sequence + " of plan " + planId + ", which was never defined here");
        }
        if (plan.hasApplied(sequence)) {
            return;
        }
        OrganisationPlansDocument.Summary before = OrganisationPlansDocument.Summary.of(plan);
        change.accept(plan);
        plan.applied(sequence, occurredAt);
        alsoWrite.accept(batch, plan);
        if (!OrganisationPlansDocument.Summary.of(plan).equals(before)) {
            summarise(batch, plan);
        }
        batch.save(plan.id(), plan, PlanDocument.COLLECTION);
    }

    /**
     * Keeps the plan's line in its organisation's list of plans as the plan now stands; called only when that line
     * changes (status, version, heads...), so that a weight or a text changed reads no list. The lists the batch's
     * events concern are read together, the first time one is needed.
     */
    private static void summarise(ProjectionBatch batch, PlanDocument plan) {
        batch.prefetch(OrganisationPlansDocument.COLLECTION, OrganisationPlansDocument.class,
                message -> Stream.ofNullable(message.getMetaData().get(PlanMetaData.ORGANISATION_ID)));
        OrganisationPlansDocument plans = batch.find(plan.organisationId(), OrganisationPlansDocument.class,
                OrganisationPlansDocument.COLLECTION);
        if (plans == null) {
            plans = OrganisationPlansDocument.empty(plan.organisationId());
        }
        if (plans.put(OrganisationPlansDocument.Summary.of(plan))) {
            batch.save(plans.id(), plans, OrganisationPlansDocument.COLLECTION);
        }
    }

    /**
     * Writes the frozen copy of the plan's current version, only if that version has none yet ({@code $setOnInsert} in an
     * upsert), before the plan itself: a redelivery after a crash between the two writes finds the copy there and
     * changes nothing.
     */
    private static void freeze(ProjectionBatch batch, PlanDocument plan) {
        PlanVersionDocument version = PlanVersionDocument.frozen(plan);
        batch.insertIfAbsent(version.id(), version, PlanVersionDocument.COLLECTION);
    }

    /** The batch, with the plans its events concern read in one query. */
    private ProjectionBatch batch() {
        ProjectionBatch batch = ProjectionBatch.current(mongo, PlanDocument.COLLECTION);
        batch.prefetch(PlanDocument.COLLECTION, PlanDocument.class, PlanProjection::planOf);
        return batch;
    }

    private static Stream<String> planOf(Message<?> message) {
        return message.getPayload() instanceof PlanEvent event ? Stream.of(event.planId().value()) : Stream.empty();
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
