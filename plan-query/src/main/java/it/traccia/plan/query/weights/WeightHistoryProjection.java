package it.traccia.plan.query.weights;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseWeightChanged;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.query.FindWeightHistoryQuery;
import it.traccia.kernel.plan.query.WeightHistoryEntryView;
import it.traccia.kernel.plan.query.WeightHistoryView;
import it.traccia.plan.query.ProjectionBatch;
import it.traccia.plan.query.ReadModelInconsistency;
import it.traccia.plan.query.access.PlanReaders;
import it.traccia.plan.query.subject.Subjects;
import it.traccia.plan.query.weights.WeightHistoryEntryDocument.ElementKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Projection of the weight history (storia dei pesi): one {@link WeightHistoryEntryDocument} per weight an objective or
 * phase received, at definition or by a change, and the answer to {@link FindWeightHistoryQuery} for the members of the
 * plan's organisation. Each element's entries are kept in pages of {@link WeightHistoryDocument}, read by {@code _id},
 * each remembering its last event; the plan's {@link WeightHistoryStateDocument} counts each element's entries, which
 * names the page the next one goes to. A batch appends to that page (one update, without reading the entries already
 * there) before it writes the state, so redelivery changes nothing.
 */
@Component
@ProcessingGroup(WeightHistoryProjection.PROCESSING_GROUP)
public class WeightHistoryProjection {

    /** The event processor that feeds this projection. */
    public static final String PROCESSING_GROUP = "weight-history";

    private final MongoTemplate mongo;
    private final PlanReaders readers;

    public WeightHistoryProjection(MongoTemplate mongo, PlanReaders readers) {
        this.mongo = mongo;
        this.readers = readers;
    }

    /** Opens the plan's history: every later event of the plan finds it here. */
    @EventHandler
    void on(PlanDefined event, @SequenceNumber long sequence) {
        ProjectionBatch batch = batch();
        WeightHistoryStateDocument known = batch.find(event.planId().value(), WeightHistoryStateDocument.class,
                WeightHistoryStateDocument.COLLECTION);
        if (known != null && known.hasApplied(sequence)) {
            return;
        }
        WeightHistoryStateDocument opened = WeightHistoryStateDocument.opened(event.planId().value(),
                event.organisationId().value(), event.organisation());
        opened.applied(sequence);
        batch.save(opened.id(), opened, WeightHistoryStateDocument.COLLECTION);
    }

    @EventHandler
    void on(StructureAdded event, @SequenceNumber long sequence) {
        apply(event.planId(), sequence, state -> {
            state.remember(SubjectLabel.Kind.STRUCTURE, event.structureId().value(), Subjects.structure(event.name()));
            return Optional.empty();
        });
    }

    @EventHandler
    void on(ObjectiveDefined event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        Fact fact = new Fact(eventId, event.planId(), sequence, occurredAt, event.actor());
        apply(event.planId(), sequence, state -> {
            String structureLabel = state.label(SubjectLabel.Kind.STRUCTURE, event.structureId().value());
            String label = Subjects.objective(structureLabel, event.number());
            state.remember(SubjectLabel.Kind.OBJECTIVE, event.objectiveId().value(), label);
            return Optional.of(fact.entry(state, ElementKind.OBJECTIVE, event.objectiveId().value(), label,
                    null, event.weight(), null, 1));
        });
    }

    @EventHandler
    void on(CommonObjectiveDefined event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        Fact fact = new Fact(eventId, event.planId(), sequence, occurredAt, event.actor());
        apply(event.planId(), sequence, state -> {
            String label = Subjects.commonObjective(event.number());
            state.remember(SubjectLabel.Kind.OBJECTIVE, event.objectiveId().value(), label);
            return Optional.of(fact.entry(state, ElementKind.OBJECTIVE, event.objectiveId().value(), label,
                    null, event.weight(), null, 1));
        });
    }

    @EventHandler
    void on(PhaseDefined event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        Fact fact = new Fact(eventId, event.planId(), sequence, occurredAt, event.actor());
        apply(event.planId(), sequence, state -> {
            String objectiveLabel = state.label(SubjectLabel.Kind.OBJECTIVE, event.objectiveId().value());
            String label = Subjects.phase(objectiveLabel, event.number());
            state.remember(SubjectLabel.Kind.PHASE, event.phaseId().value(), label);
            return Optional.of(fact.entry(state, ElementKind.PHASE, event.phaseId().value(), label,
                    null, event.weight(), null, 1));
        });
    }

    @EventHandler
    void on(ObjectiveWeightChanged event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        Fact fact = new Fact(eventId, event.planId(), sequence, occurredAt, event.actor());
        String objectiveId = event.objectiveId().value();
        apply(event.planId(), sequence, state -> Optional.of(fact.entry(state, ElementKind.OBJECTIVE,
                objectiveId, state.label(SubjectLabel.Kind.OBJECTIVE, objectiveId), event.previousWeight(),
                event.weight(), event.reason(), event.revision())));
    }

    @EventHandler
    void on(PhaseWeightChanged event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        Fact fact = new Fact(eventId, event.planId(), sequence, occurredAt, event.actor());
        String phaseId = event.phaseId().value();
        apply(event.planId(), sequence, state -> Optional.of(fact.entry(state, ElementKind.PHASE,
                phaseId, state.label(SubjectLabel.Kind.PHASE, phaseId), event.previousWeight(),
                event.weight(), event.reason(), event.revision())));
    }

    /** Drops the history and its state so that a processor reset rebuilds them from the event store. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(WeightHistoryDocument.COLLECTION);
        mongo.dropCollection(WeightHistoryStateDocument.COLLECTION);
    }

    /** Answers with every weight of the objective or phase, oldest first, or {@code null} when the plan never had it. */
    @QueryHandler
    public WeightHistoryView handle(FindWeightHistoryQuery query) {
        WeightHistoryStateDocument state = mongo.findById(query.planId().value(), WeightHistoryStateDocument.class);
        if (state == null || !readers.mayRead(state.organisationId(), query.userId())) {
            return null;
        }
        List<WeightHistoryEntryDocument> entries = entriesOf(query.planId().value(), query.elementId(),
                state.entriesOf(query.elementId()));
        if (entries.isEmpty()) {
            return null;
        }
        String subject = entries.get(entries.size() - 1).subject();
        return new WeightHistoryView(query.planId().value(), query.elementId(), subject,
                entries.stream().map(WeightHistoryProjection::view).toList());
    }

    private void apply(PlanId planId, long sequence,
                       Function<WeightHistoryStateDocument, Optional<WeightHistoryEntryDocument>> step) {
        ProjectionBatch batch = batch();
        WeightHistoryStateDocument state = batch.find(planId.value(), WeightHistoryStateDocument.class,
                WeightHistoryStateDocument.COLLECTION);
        if (state == null) {
            throw new ReadModelInconsistency("Event " + sequence + " of plan " + planId + ", which was never defined here");
        }
        if (state.hasApplied(sequence)) {
            return;
        }
        step.apply(state).ifPresent(entry -> {
            int position = state.countEntry(entry.elementId());
            String id = WeightHistoryDocument.idOf(entry.planId(), entry.elementId(), position);
            long applied = batch.lastSequence(id, WeightHistoryDocument.COLLECTION,
                    message -> pagesToAppendTo(batch, message.getPayload()));
            if (entry.sequence() > applied) {
                batch.append(id, WeightHistoryDocument.COLLECTION, WeightHistoryDocument.ENTRIES, entry, entry.sequence(),
                        Map.of("planId", entry.planId(), "organisation", entry.organisation(),
                                "elementId", entry.elementId()));
            }
        });
        state.applied(sequence);
        batch.save(state.id(), state, WeightHistoryStateDocument.COLLECTION);
    }

    /** The batch, with the plans' states its events concern read in one query. */
    private ProjectionBatch batch() {
        ProjectionBatch batch = ProjectionBatch.current(mongo, WeightHistoryStateDocument.COLLECTION);
        batch.prefetch(WeightHistoryStateDocument.COLLECTION, WeightHistoryStateDocument.class, message ->
                message.getPayload() instanceof PlanEvent plan ? Stream.of(plan.planId().value()) : Stream.empty());
        return batch;
    }

    /** Every entry of the element's history, oldest first, read from its pages. */
    private List<WeightHistoryEntryDocument> entriesOf(String planId, String elementId, int entries) {
        List<String> pages = WeightHistoryDocument.pagesOf(planId, elementId, entries);
        if (pages.size() == 1) {
            WeightHistoryDocument page = mongo.findById(pages.get(0), WeightHistoryDocument.class);
            return page == null ? List.of() : page.entries();
        }
        List<WeightHistoryDocument> found = mongo.find(Query.query(Criteria.where("_id").in(pages)),
                WeightHistoryDocument.class);
        return found.stream().sorted(Comparator.comparingInt(page -> pages.indexOf(page.id())))
                .flatMap(page -> page.entries().stream()).toList();
    }

    /**
     * The pages that an event may append a weight to, read ahead for the whole batch: the page of the element's next
     * entry as the batch's state counts them now, and the page of the entry after it, into which a batch may cross.
     */
    private static Stream<String> pagesToAppendTo(ProjectionBatch batch, Object event) {
        String element = weighedElementOf(event);
        if (element == null) {
            return Stream.empty();
        }
        String planId = ((PlanEvent) event).planId().value();
        WeightHistoryStateDocument state = batch.find(planId, WeightHistoryStateDocument.class,
                WeightHistoryStateDocument.COLLECTION);
        int next = state == null ? 0 : state.entriesOf(element);
        return Stream.of(WeightHistoryDocument.idOf(planId, element, next),
                WeightHistoryDocument.idOf(planId, element, next + 1)).distinct();
    }

    /** The objective or phase to whose history an event adds a weight, or null. */
    private static String weighedElementOf(Object event) {
        if (event instanceof ObjectiveDefined defined) {
            return defined.objectiveId().value();
        } else if (event instanceof CommonObjectiveDefined defined) {
            return defined.objectiveId().value();
        } else if (event instanceof PhaseDefined defined) {
            return defined.phaseId().value();
        } else if (event instanceof ObjectiveWeightChanged changed) {
            return changed.objectiveId().value();
        } else if (event instanceof PhaseWeightChanged changed) {
            return changed.phaseId().value();
        }
        return null;
    }

    private static WeightHistoryEntryView view(WeightHistoryEntryDocument entry) {
        return new WeightHistoryEntryView(entry.occurredAt(), entry.user(), entry.role(), decimal(entry.before()),
                decimal(entry.after()), entry.reason(), entry.revision());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** The message facts an entry repeats: which event, of which plan, at which sequence, when and by whom. */
    private record Fact(String eventId, PlanId planId, long sequence, Instant occurredAt, Actor actor) {

        WeightHistoryEntryDocument entry(WeightHistoryStateDocument state, ElementKind kind, String elementId, String subject,
                                         Weight before, Weight after, String reason, long revision) {
            return new WeightHistoryEntryDocument(eventId, planId.value(),
                    state.organisation(), elementId, kind, subject,
                    sequence, occurredAt, actor.userId(), actor.role(), text(before), text(after), reason, revision);
        }

        private static String text(Weight weight) {
            return weight == null ? null : weight.value().toPlainString();
        }
    }
}
