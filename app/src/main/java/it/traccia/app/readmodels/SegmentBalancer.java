package it.traccia.app.readmodels;

import it.traccia.app.infrastructure.EmbeddedStoresEnvironment;
import it.traccia.app.infrastructure.InstanceName;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

/**
 * Splits the segments of every read model's processor between the instances that share the stores (ripartizione dei
 * segmenti, docs/adr/0013). Each instance writes a heartbeat into {@code traccia_instances} every
 * {@link #HEARTBEAT}; an instance that holds more segments of a processor than its fair share (the segments divided by
 * the live instances, rounded up) releases one, which an idle thread of another instance claims within a second. An
 * instance that dies stops beating and its claims expire, so the others take its segments within seconds.
 */
@Component
@ConditionalOnProperty(name = EmbeddedStoresEnvironment.SHARED_STORES, havingValue = "true")
public class SegmentBalancer {

    /** The MongoDB collection of the live instances' heartbeats. */
    public static final String INSTANCES = "traccia_instances";
    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    static final Duration ALIVE_FOR = Duration.ofSeconds(4);

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);

    private final ReadModelProcessors processors;
    private final TokenStore tokenStore;
    private final MongoTemplate mongo;
    private final String instance;
    private final Clock clock;
    private final ScheduledExecutorService beats;

    public SegmentBalancer(ReadModelProcessors processors, TokenStore tokenStore, MongoTemplate mongo,
                           InstanceName instance, Clock clock) {
        this.processors = processors;
        this.tokenStore = tokenStore;
        this.mongo = mongo;
        this.instance = instance.value();
        this.clock = clock;
        this.beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        beats.scheduleWithFixedDelay(this::beatAndBalance, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The instances that beat recently, this one included. */
    public long liveInstances() {
        Date since = Date.from(clock.instant().minus(ALIVE_FOR));
        return Math.max(1, mongo.getCollection(INSTANCES).countDocuments(gt("seenAt", since)));
    }

    private void beatAndBalance() {
        try {
            mongo.getCollection(INSTANCES).replaceOne(eq("_id", instance),
                    new Document("_id", instance).append("seenAt", Date.from(clock.instant())),
                    new ReplaceOptions().upsert(true));
            long live = liveInstances();
            for (Map.Entry<String, StreamingEventProcessor> named : processors.all().entrySet()) {
                StreamingEventProcessor processor = named.getValue();
                int segments = tokenStore.fetchSegments(named.getKey()).length;
                long fairShare = (segments + live - 1) / live;
                Map<Integer, ?> held = processor.processingStatus();
                if (held.size() > fairShare) {
                    int released = held.keySet().stream().max(Integer::compare).orElseThrow();
                    LOG.info("{} holds {} of {} segments of {} with {} instances alive: releasing segment {}", instance,
                            held.size(), segments, named.getKey(), live, released);
                    processor.releaseSegment(released);
                }
            }
        } catch (RuntimeException failure) {
            LOG.warn("Balancing the read models' segments failed: {}", failure.toString());
        }
    }

    /** Stops beating and says goodbye, so that the others take this instance's share at once. */
    @PreDestroy
    void stop() {
        beats.shutdownNow();
        try {
            mongo.getCollection(INSTANCES).deleteOne(eq("_id", instance));
        } catch (RuntimeException unavailable) {
            LOG.warn("Could not remove {} from {}: {}", instance, INSTANCES, unavailable.toString());
        }
    }
}
