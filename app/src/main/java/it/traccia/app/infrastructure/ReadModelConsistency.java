package it.traccia.app.infrastructure;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Read-your-writes for the HTTP API: after a command, waits (bounded by {@code traccia.read-models.max-wait}) until
 * every tracking projection of this instance has processed the event store up to its current head, so the next GET
 * shows the change. If a projection is failing or slow the wait ends; the accepted change is never undone.
 */
@Component
public class ReadModelConsistency {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration maxWait;

    public ReadModelConsistency(EventStore eventStore, EventProcessingConfiguration processing,
                                @Value("${traccia.read-models.max-wait:5s}") Duration maxWait) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.maxWait = maxWait;
    }

    /** Returns once the local projections have caught up with the event store, or after the maximum wait. */
    public void awaitCaughtUp() {
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        long deadline = System.nanoTime() + maxWait.toNanos();
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
        for (StreamingEventProcessor processor : processors) {
            while (!hasReached(processor, target) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(200_000);
            }
        }
    }

    private static boolean hasReached(StreamingEventProcessor processor, long target) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return false;
        }
        return status.values().stream().allMatch(segment ->
                segment.isErrorState() || segment.getCurrentPosition().orElse(-1) >= target);
    }
}
