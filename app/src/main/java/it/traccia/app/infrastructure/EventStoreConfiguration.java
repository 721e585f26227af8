package it.traccia.app.infrastructure;

import it.traccia.app.organisation.DirectoryProjection;
import it.traccia.plan.query.ProjectionBatch;
import it.traccia.plan.query.audit.AuditTrailProjection;
import it.traccia.plan.query.imports.ImportFindingsProjection;
import it.traccia.plan.query.monitoring.MonitoringProjection;
import it.traccia.plan.query.plan.PlanProjection;
import it.traccia.plan.query.weights.WeightHistoryProjection;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The event store (archivio degli eventi) on PostgreSQL through Axon's JDBC engine, with the snake_case schema that
 * Flyway creates ({@code db/migration}); the tracking tokens in MongoDB with the read models; failing projections stop
 * and retry instead of skipping events.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** The MongoDB collection of the tracking tokens. */
    public static final String TRACKING_TOKENS = "tracking_tokens";
    /**
     * The one tracking processor that feeds every read model in MongoDB: it reads and decodes each event once for all
     * of them, and stores one token per segment after all of them applied a batch (docs/adr/0014).
     */
    public static final String READ_MODELS_PROCESSOR = "read-models";
    /** The tracking processors of the read models in MongoDB, which a rebuild resets: {@link #READ_MODELS_PROCESSOR}. */
    public static final List<String> READ_MODELS = List.of(READ_MODELS_PROCESSOR);
    /** The processing groups of the read models, each a projection, all handled by {@link #READ_MODELS_PROCESSOR}. */
    static final List<String> READ_MODEL_GROUPS = List.of(PlanProjection.PROCESSING_GROUP,
            AuditTrailProjection.PROCESSING_GROUP, WeightHistoryProjection.PROCESSING_GROUP,
            ImportFindingsProjection.PROCESSING_GROUP, MonitoringProjection.PROCESSING_GROUP);

    private static final String EMBEDDED_OWNER = "traccia-embedded";
    /** How long the segments of an instance that stopped answering stay claimed before another takes them. */
    static final Duration SHARED_CLAIM_TIMEOUT = Duration.ofSeconds(5);
    /**
     * The segments of the read models' processor: two threads of one instance apply two halves of the plans side by
     * side, and several instances on shared stores split them between them.
     */
    static final int SEGMENTS = 2;
    /** How often a tracking stream that read everything reads again without a commit of this instance to wake it. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** The same on shared stores, where the events of the other instances arrive without a commit here. */
    static final Duration SHARED_POLL_INTERVAL = Duration.ofMillis(100);
    /** How often an idle processor thread tries to claim a segment that no live instance holds. */
    static final Duration TOKEN_CLAIM_INTERVAL = Duration.ofSeconds(1);

    /**
     * Axon's JDBC storage engine on the schema below, wired as Axon's auto-configuration wires it; declared here
     * because that auto-configuration steps back once the application declares its own {@link EventStore}. It reads
     * the events in batches as large as the read models' (Axon's default is 100), so that a batch is one query.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer snapshotSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema, org.axonframework.config.Configuration configuration,
                                          @Value("${traccia.read-models.batch-size:500}") int batchSize) {
        return JdbcEventStorageEngine.builder()
                .batchSize(batchSize)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    /**
     * The event store as Axon's auto-configuration builds it, but with tracking streams that wake up at each commit of
     * this instance, once an enclosing transaction has committed (see {@link CommitAwareEventStore}), and otherwise
     * read again every {@link #POLL_INTERVAL} on embedded stores and every {@link #SHARED_POLL_INTERVAL} on shared ones,
     * where another instance's events arrive without a commit here.
     */
    @Bean
    EventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                          @Value("${" + EmbeddedStoresEnvironment.SHARED_STORES + ":false}") boolean sharedStores) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)),
                sharedStores ? SHARED_POLL_INTERVAL : POLL_INTERVAL);
    }

    /** Table and column names of the events, matching {@code V1__event_store.sql}. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    /**
     * The tracking tokens, kept in MongoDB beside the read models they describe, so that a read model and its token
     * become durable together (docs/adr/0009). On embedded stores, where one Traccia alone holds the data directory,
     * the token owner is a fixed name, so that a restart after a crash reclaims the tokens at once instead of waiting
     * for the dead owner's claims to expire. On shared stores each instance claims under its own name, and the claims
     * of an instance that died expire after {@link #SHARED_CLAIM_TIMEOUT} (docs/adr/0013).
     */
    @Bean
    TokenStore tokenStore(MongoDatabaseFactory mongo, Serializer serializer, InstanceName instance,
                          @Value("${" + EmbeddedStoresEnvironment.SHARED_STORES + ":false}") boolean sharedStores) {
        MongoTokenStore.Builder tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongo.getMongoDatabase())
                        .trackingTokensCollectionName(TRACKING_TOKENS).build())
                .serializer(serializer);
        if (sharedStores) {
            tokens.nodeId(instance.value()).claimTimeout(SHARED_CLAIM_TIMEOUT);
        } else {
            tokens.nodeId(EMBEDDED_OWNER);
        }
        return tokens.build();
    }

    /**
     * Every tracking processor runs its batches without a database transaction, so that Axon stores its token after
     * the batch was applied, never before: with the tokens in MongoDB, outside any database transaction, a token stored
     * before a batch that then fails would skip that batch for good. Every read model is fed by one processor,
     * {@link #READ_MODELS_PROCESSOR} (docs/adr/0014), which takes up to {@code traccia.read-models.batch-size} events
     * at once; each projection writes each changed document once per batch, before the token ({@link ProjectionBatch},
     * docs/adr/0012). Each processor has {@code traccia.read-models.segments} segments ({@value #SEGMENTS}) and as many
     * threads, so that one instance alone processes every segment and several split them (docs/adr/0013). The
     * directory follows the events inside their own transaction, in a subscribing processor (docs/adr/0010).
     */
    @Bean
    ConfigurerModule projectionProcessors(@Value("${traccia.read-models.batch-size:500}") int batchSize,
                                          @Value("${traccia.read-models.segments:0}") int configuredSegments) {
        int segments = configuredSegments > 0 ? configuredSegments : SEGMENTS;
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerDefaultTransactionManager(configuration -> NoTransactionManager.instance())
                    .registerTrackingEventProcessorConfiguration(configuration ->
                            TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                    .andInitialSegmentsCount(segments)
                                    .andBatchSize(batchSize)
                                    .andTokenClaimInterval(TOKEN_CLAIM_INTERVAL.toMillis(), TimeUnit.MILLISECONDS))
                    .registerSubscribingEventProcessor(DirectoryProjection.PROCESSING_GROUP);
            for (String readModel : READ_MODEL_GROUPS) {
                processing.assignProcessingGroup(readModel, READ_MODELS_PROCESSOR);
            }
            processing.registerHandlerInterceptor(READ_MODELS_PROCESSOR,
                    configuration -> ProjectionBatch.writtenAtTheEndOfEachBatch());
        });
    }

    /**
     * Makes a failing event handler fail its batch: the tracking processor then retries with back-off from the same
     * token, so a read model never silently misses an event (stack notes, trap 4).
     */
    @Bean
    ConfigurerModule propagateProjectionErrors() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance()));
    }
}
