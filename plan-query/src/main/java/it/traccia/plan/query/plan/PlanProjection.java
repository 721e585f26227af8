package it.traccia.plan.query.plan;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.Weight;
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
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.PlanView;
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
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Projection of the current plan (piano corrente): keeps one {@link PlanDocument} per plan and answers
 * {@link FindPlanQuery}. Idempotent (an event at or below the document's last sequence is ignored) and replayable.
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

    /** Drops the plans so that a processor reset rebuilds them from the event store. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(PlanDocument.COLLECTION);
        createIndexes();
    }

    /** Answers with the current plan as a tree, with every weight sum, or {@code null} for an unknown plan. */
    @QueryHandler
    public PlanView handle(FindPlanQuery query) {
        PlanDocument plan = mongo.findById(query.planId().value(), PlanDocument.class);
        return plan == null ? null : PlanViews.of(plan);
    }

    private void apply(PlanId planId, long sequence, Instant occurredAt, Consumer<PlanDocument> change) {
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
        mongo.save(plan);
    }

    private void createIndexes() {
        try {
            mongo.indexOps(PlanDocument.COLLECTION).createIndex(new Index().on("organisation", Sort.Direction.ASC).named("organisation"));
        } catch (RuntimeException refused) {
            LOG.warn("Index on {} not created: {}", PlanDocument.COLLECTION, refused.getMessage());
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
