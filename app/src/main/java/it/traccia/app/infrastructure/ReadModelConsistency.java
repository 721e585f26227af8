package it.traccia.app.infrastructure;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * Read-your-writes for the HTTP API (leggere ciò che si è scritto): after a command, waits (bounded by
 * {@code traccia.read-models.max-wait}) until every read model's processor has passed the last event that this thread
 * appended, and no further: other callers' events do not lengthen the wait. The segment that handles the event is watched
 * here when this instance holds it, and through its token in the token store when another instance does
 * (docs/adr/0004). If a projection is failing or slow the wait ends; the accepted change is never undone.
 */
@Component
public class ReadModelConsistency {

    private static final String POSITION_OF = "select global_index from domain_event_entry "
            + "where aggregate_identifier = ? and sequence_number = ?";
    private static final long LOCAL_POLL_NANOS = 100_000;
    private static final long REMOTE_POLL_NANOS = 2_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelConsistency.class);
    /** Segments are split or merged rarely: their list is asked of the token store at most this often. */
    private static final Duration SEGMENTS_KEPT_FOR = Duration.ofSeconds(5);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final MongoTemplate mongo;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;
    private final Duration maxWait;
    private final Map<String, KnownSegments> segments = new ConcurrentHashMap<>();

    public ReadModelConsistency(EventProcessingConfiguration processing, TokenStore tokenStore, MongoTemplate mongo,
                                Serializer serializer, JdbcTemplate jdbc,
                                @Value("${traccia.read-models.max-wait:5s}") Duration maxWait) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.mongo = mongo;
        this.serializer = serializer;
        this.jdbc = jdbc;
        this.maxWait = maxWait;
    }

    /**
     * Returns once every read model shows the last event this thread appended, or after the maximum wait, or at once
     * when a store cannot tell: the command was accepted, and the read models catch up when the store is back.
     */
    public void awaitOwnWrites() {
        CommitAwareEventStore.LastAppended appended = CommitAwareEventStore.takeLastAppended();
        if (appended == null) {
            return;
        }
        try {
            await(appended);
        } catch (RuntimeException storeUnavailable) {
            LOG.warn("Not waiting for the read models to show event {} of {}: {}", appended.sequence(),
                    appended.aggregateId(), storeUnavailable.toString());
        }
    }

    private void await(CommitAwareEventStore.LastAppended appended) {
        List<Long> positions = jdbc.queryForList(POSITION_OF, Long.class, appended.aggregateId(), appended.sequence());
        if (positions.isEmpty()) {
            return;
        }
        long target = positions.get(0);
        long deadline = System.nanoTime() + maxWait.toNanos();
        for (String name : EventStoreConfiguration.READ_MODELS) {
            processing.eventProcessor(name, StreamingEventProcessor.class).ifPresent(processor ->
                    awaitSegment(processor, appended.aggregateId(), target, deadline));
        }
        if (System.nanoTime() >= deadline) {
            LOG.warn("The read models had not shown event {} of {} (global index {}) after {}: answering anyway",
                    appended.sequence(), appended.aggregateId(), target, maxWait);
        }
    }

    private void awaitSegment(StreamingEventProcessor processor, String aggregateId, long target, long deadline) {
        int segmentId = segmentHandling(processor.getName(), aggregateId);
        while (System.nanoTime() < deadline) {
            EventTrackerStatus local = processor.processingStatus().get(segmentId);
            if (local != null) {
                if (local.isErrorState() || covers(local.getTrackingToken(), target)) {
                    return;
                }
                LockSupport.parkNanos(LOCAL_POLL_NANOS);
            } else {
                if (covers(storedToken(processor.getName(), segmentId), target)) {
                    return;
                }
                LockSupport.parkNanos(REMOTE_POLL_NANOS);
            }
        }
    }

    /** The segment of the processor that handles the aggregate's events (by the default sequencing per aggregate). */
    private int segmentHandling(String processorName, String aggregateId) {
        int[] ids = segmentsOf(processorName);
        if (ids.length == 0) {
            return Segment.ROOT_SEGMENT.getSegmentId();
        }
        for (Segment segment : Segment.computeSegments(ids)) {
            if (segment.matches(Objects.hashCode(aggregateId))) {
                return segment.getSegmentId();
            }
        }
        return ids[0];
    }

    /** The processor's segments as the token store lists them, asked again at most every {@link #SEGMENTS_KEPT_FOR}. */
    private int[] segmentsOf(String processorName) {
        long now = System.nanoTime();
        KnownSegments known = segments.get(processorName);
        if (known == null || now - known.fetchedAt() > SEGMENTS_KEPT_FOR.toNanos()) {
            known = new KnownSegments(tokenStore.fetchSegments(processorName), now);
            segments.put(processorName, known);
        }
        return known.ids();
    }

    /** The token another instance last stored for the segment, read without claiming it. */
    private TrackingToken storedToken(String processorName, int segmentId) {
        Document entry = mongo.getCollection(EventStoreConfiguration.TRACKING_TOKENS)
                .find(and(eq("processorName", processorName), eq("segment", segmentId))).first();
        if (entry == null || entry.get("token") == null) {
            return null;
        }
        Object token = entry.get("token");
        byte[] bytes = token instanceof Binary binary ? binary.getData() : (byte[]) token;
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, entry.getString("tokenType"), null));
    }

    /**
     * Whether the processor has handled the event at {@code target}: it is at or past it and the event is not one of
     * the gaps it still waits for. (A token's {@code covers} also asks for the same gaps below, which an older gap left
     * by a rolled-back transaction would refuse for a minute.)
     */
    private static boolean covers(TrackingToken reached, long target) {
        TrackingToken token = reached == null ? null : WrappedToken.unwrapLowerBound(reached);
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= target && !gapAware.getGaps().contains(target);
        }
        return token != null && token.position().orElse(-1) >= target;
    }

    /** A processor's segment ids, and when they were read. */
    private record KnownSegments(int[] ids, long fetchedAt) {
    }
}
