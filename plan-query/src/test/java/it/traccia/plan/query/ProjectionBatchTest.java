package it.traccia.plan.query;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.plan.query.audit.AuditEntryDocument;
import it.traccia.plan.query.audit.AuditPlanStateDocument;
import it.traccia.plan.query.audit.AuditTrailProjection;
import it.traccia.plan.query.plan.OrganisationPlansDocument;
import it.traccia.plan.query.plan.PlanDocument;
import it.traccia.plan.query.plan.PlanProjection;
import it.traccia.plan.query.weights.WeightHistoryDocument;
import it.traccia.plan.query.weights.WeightHistoryProjection;
import it.traccia.plan.query.weights.WeightHistoryStateDocument;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static it.traccia.plan.query.MonteCremasco.ORGANISATION;
import static it.traccia.plan.query.MonteCremasco.aBalancedPlan;
import static it.traccia.plan.query.MonteCremasco.objective6Reweighed;
import static it.traccia.plan.query.MonteCremasco.objective6WeightChangedTo25;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A projection's writes during a batch of events, as a tracking processor delivers them: nothing is written before the
 * batch's last event was handled, then each changed document once, the per-plan progress last; a failing batch writes
 * nothing. The documents are the same as when the events are delivered one by one.
 */
class ProjectionBatchTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> reads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    reads.add(event.getCommand().getString("find").getValue());
                }
                if (List.of("update", "insert", "delete").contains(event.getCommandName())) {
                    commands.add(event.getCommandName() + " " + event.getCommand().getString(event.getCommandName()).getValue()
                            + " ×" + event.getCommand().getArray(event.getCommandName().equals("update") ? "updates"
                            : event.getCommandName().equals("insert") ? "documents" : "deletes").size());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.getConnectionString())).addCommandListener(recorder)
                .build());
        mongo = new MongoTemplate(client, "test");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void writesNothingUntilTheBatchEndsThenEachChangedDocumentOnceWithTheProgressLast() throws Exception {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        AuditTrailProjection projection = new AuditTrailProjection(mongo, MonteCremasco.readers());
        List<Long> storedWhileHandling = new ArrayList<>();

        inOneBatch(projection, history.messages(), message ->
                storedWhileHandling.add(mongo.getCollection(AuditPlanStateDocument.COLLECTION).countDocuments()));

        assertThat(storedWhileHandling).hasSize(history.messages().size()).containsOnly(0L);
        assertThat(commands).containsExactly(
                "insert audit_entries ×" + history.messages().size(),
                "update " + AuditPlanStateDocument.COLLECTION + " ×1");
    }

    @Test
    void storesTheSameDocumentsAsDeliveringTheEventsOneByOne() throws Exception {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        inOneBatch(new PlanProjection(mongo, MonteCremasco.readers()), history.messages(), message -> {
        });
        List<Document> batched = mongo.getCollection(PlanDocument.COLLECTION).find().into(new ArrayList<>());

        mongo.dropCollection(PlanDocument.COLLECTION);
        history.deliverTo(new PlanProjection(mongo, MonteCremasco.readers()));

        assertThat(mongo.getCollection(PlanDocument.COLLECTION).find().into(new ArrayList<>())).isEqualTo(batched);
    }

    @Test
    void readsTheOrganisationsListOfPlansOnlyForAChangeThatShowsInIt() throws Exception {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        PlanProjection projection = new PlanProjection(mongo, MonteCremasco.readers());
        int beforeTheChange = history.messages().size() - 1;
        inOneBatch(projection, history.messages().subList(0, beforeTheChange), message -> {
        });
        assertThat(reads).contains(OrganisationPlansDocument.COLLECTION);
        reads.clear();

        inOneBatch(projection, history.messages().subList(beforeTheChange, history.messages().size()), message -> {
        });

        assertThat(reads).containsExactly(PlanDocument.COLLECTION);
    }

    @Test
    void appendsTheSameWeightHistoriesAsDeliveringTheEventsOneByOneAndNothingTwiceWhenRedelivered() throws Exception {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        WeightHistoryProjection batched = new WeightHistoryProjection(mongo, MonteCremasco.readers());
        inOneBatch(batched, history.messages(), message -> {
        });
        inOneBatch(batched, history.messages().subList(history.messages().size() - 3, history.messages().size()),
                message -> {
                });
        List<Document> inBatches = mongo.getCollection(WeightHistoryDocument.COLLECTION).find().into(new ArrayList<>());

        mongo.dropCollection(WeightHistoryDocument.COLLECTION);
        mongo.dropCollection(WeightHistoryStateDocument.COLLECTION);
        history.deliverTo(new WeightHistoryProjection(mongo, MonteCremasco.readers()));

        assertThat(inBatches).isNotEmpty();
        assertThat(mongo.getCollection(WeightHistoryDocument.COLLECTION).find().into(new ArrayList<>()))
                .isEqualTo(inBatches);
    }

    @Test
    void appendsALongHistoryAcrossPagesInOneBatchAsDeliveringTheEventsOneByOne() throws Exception {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6Reweighed(2, 130));
        inOneBatch(new WeightHistoryProjection(mongo, MonteCremasco.readers()), history.messages(), message -> {
        });
        List<Document> inOneBatch = mongo.getCollection(WeightHistoryDocument.COLLECTION).find().into(new ArrayList<>());

        mongo.dropCollection(WeightHistoryDocument.COLLECTION);
        mongo.dropCollection(WeightHistoryStateDocument.COLLECTION);
        history.deliverTo(new WeightHistoryProjection(mongo, MonteCremasco.readers()));

        assertThat(inOneBatch).hasSizeGreaterThan(3);
        assertThat(mongo.getCollection(WeightHistoryDocument.COLLECTION).find().into(new ArrayList<>()))
                .containsExactlyInAnyOrderElementsOf(inOneBatch);
    }

    @Test
    void replaysABatchWhoseEntriesWereWrittenButNotItsProgressWithoutLosingOrDoublingAnEntry() throws Exception {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        AuditTrailProjection projection = new AuditTrailProjection(mongo, MonteCremasco.readers());
        inOneBatch(projection, history.messages(), message -> {
        });
        List<Document> written = mongo.getCollection(AuditEntryDocument.COLLECTION).find().into(new ArrayList<>());
        // A crash after the entries but before the progress, and one entry that never reached the store.
        mongo.dropCollection(AuditPlanStateDocument.COLLECTION);
        mongo.getCollection(AuditEntryDocument.COLLECTION).deleteOne(eq("_id", written.get(1).get("_id")));

        inOneBatch(projection, history.messages(), message -> {
        });

        assertThat(mongo.getCollection(AuditEntryDocument.COLLECTION).find().into(new ArrayList<>()))
                .containsExactlyInAnyOrderElementsOf(written);
        assertThat(mongo.getCollection(AuditPlanStateDocument.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void writesNothingOfABatchThatFails() {
        List<DomainEventMessage<PlanEvent>> messages = new ArrayList<>(new PlanHistory(ORGANISATION).then(aBalancedPlan())
                .messages());
        // The last event belongs to a plan that was never defined: the projection refuses it, and the batch with it.
        ObjectiveWeightChanged change = objective6WeightChangedTo25();
        messages.add(new PlanHistory(ORGANISATION).then(new ObjectiveWeightChanged(new PlanId("piano-mai-definito"),
                change.objectiveId(), change.previousWeight(), change.weight(), change.reason(), change.revision(),
                change.actor())).message(0));
        PlanProjection projection = new PlanProjection(mongo, MonteCremasco.readers());

        assertThatThrownBy(() -> inOneBatch(projection, messages, message -> {
        })).hasRootCauseInstanceOf(ReadModelInconsistency.class);
        assertThat(commands).isEmpty();
    }

    @Test
    void feedsSeveralProjectionsInOneBatchEachWritingItsProgressAfterItsOwnDocuments() throws Exception {
        PlanHistory history = new PlanHistory(ORGANISATION).then(aBalancedPlan()).then(objective6WeightChangedTo25());
        inOneBatch(List.of(new AuditTrailProjection(mongo, MonteCremasco.readers()),
                new WeightHistoryProjection(mongo, MonteCremasco.readers())), history.messages(), message -> {
        });

        assertThat(commands).containsExactly(
                "insert audit_entries ×" + history.messages().size(),
                "update " + AuditPlanStateDocument.COLLECTION + " ×1",
                "update " + WeightHistoryDocument.COLLECTION + " ×"
                        + mongo.getCollection(WeightHistoryDocument.COLLECTION).countDocuments(),
                "update " + WeightHistoryStateDocument.COLLECTION + " ×1");
    }

    /** Handles the messages in one batching unit of work through the interceptor the read models' processors use. */
    private static void inOneBatch(Object projection, List<? extends EventMessage<?>> messages,
                                   Consumer<EventMessage<?>> afterEach) throws Exception {
        inOneBatch(List.of(projection), messages, afterEach);
    }

    /** Handles the messages in one batching unit of work, each by every projection in turn, as one processor does. */
    private static void inOneBatch(List<Object> projections, List<? extends EventMessage<?>> messages,
                                   Consumer<EventMessage<?>> afterEach) throws Exception {
        List<AnnotationEventHandlerAdapter> handlers = projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
        MessageHandlerInterceptor<EventMessage<?>> interceptor = ProjectionBatch.writtenAtTheEndOfEachBatch();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(messages));
        var result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(interceptor),
                message -> {
                    for (AnnotationEventHandlerAdapter handler : handlers) {
                        if (handler.canHandle(message)) {
                            handler.handle(message);
                        }
                    }
                    afterEach.accept(message);
                    return null;
                }).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("The batch failed", result.exceptionResult());
        }
    }
}
