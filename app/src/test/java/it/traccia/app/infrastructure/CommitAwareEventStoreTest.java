package it.traccia.app.infrastructure;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking streams of {@link CommitAwareEventStore}: they read what is stored, then wake up at a commit. The poll
 * interval is an hour here, so an event that arrives at all arrives because the commit woke the stream.
 */
class CommitAwareEventStoreTest {

    private static final Duration NEVER_POLLS = Duration.ofHours(1);

    private final PastTheEndCounter storage = new PastTheEndCounter();
    private final CommitAwareEventStore store = new CommitAwareEventStore(
            EmbeddedEventStore.builder().storageEngine(storage), NEVER_POLLS);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void readsWhatWasStoredInOrderThenHasNothingMore() throws Exception {
        store.publish(event("piano-1", 0), event("piano-1", 1), event("piano-2", 0));

        try (TrackingEventStream stream = store.openStream(null)) {
            List<String> read = new ArrayList<>();
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                read.add(next.getPayload().toString());
            }
            assertThat(read).containsExactly("piano-1/0", "piano-1/1", "piano-2/0");
            assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void wakesAStreamThatReadEverythingWhenEventsAreCommitted() throws Exception {
        store.publish(event("piano-1", 0));
        try (TrackingEventStream stream = store.openStream(null)) {
            stream.nextAvailable();
            assertThat(stream.hasNextAvailable()).isFalse();

            CompletableFuture<Boolean> arrived = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    arrived.complete(stream.hasNextAvailable(1, TimeUnit.HOURS));
                } catch (InterruptedException interrupted) {
                    arrived.complete(false);
                }
            });
            waiter.setDaemon(true);
            waiter.start();
            // The commit comes while the stream sleeps, not before it looked.
            while (waiter.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            store.publish(event("piano-1", 1));

            // Woken by the commit: neither the poll interval nor the stream's own timeout (an hour each) ended the wait.
            assertThat(arrived.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("piano-1/1");
        }
    }

    @Test
    void asksTheStorageOnceAtTheEndOfAReadHoweverOftenTheProcessorAsksForMore() throws Exception {
        store.publish(event("piano-1", 0), event("piano-1", 1));
        try (TrackingEventStream stream = store.openStream(null)) {
            stream.nextAvailable();
            stream.nextAvailable();

            for (int asked = 0; asked < 10; asked++) {
                assertThat(stream.peek()).isEmpty();
                assertThat(stream.hasNextAvailable()).isFalse();
            }

            assertThat(storage.askedPastTheEnd).hasValue(1);
        }
    }

    @Test
    void remembersTheLastEventTheThreadAppendedOnce() {
        store.publish(event("piano-1", 0), event("piano-1", 1));

        assertThat(CommitAwareEventStore.takeLastAppended())
                .isEqualTo(new CommitAwareEventStore.LastAppended("piano-1", 1));
        assertThat(CommitAwareEventStore.takeLastAppended()).isNull();
        assertThat(store.lastSequenceAppendedHere("piano-1")).isEqualTo(1L);
    }

    /**
     * The in-memory storage, counting how often a read is asked for an event past its end: Axon's storage engines ask
     * their database again each time.
     */
    private static final class PastTheEndCounter extends InMemoryEventStorageEngine {

        private final AtomicInteger askedPastTheEnd = new AtomicInteger();

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            Spliterator<? extends TrackedEventMessage<?>> read = super.readEvents(trackingToken, mayBlock).spliterator();
            return StreamSupport.stream(new Spliterators.AbstractSpliterator<TrackedEventMessage<?>>(Long.MAX_VALUE,
                    Spliterator.ORDERED) {
                @Override
                public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
                    boolean advanced = read.tryAdvance(action);
                    if (!advanced) {
                        askedPastTheEnd.incrementAndGet();
                    }
                    return advanced;
                }
            }, false);
        }
    }

    private static GenericDomainEventMessage<String> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Plan", aggregateId, sequence, aggregateId + "/" + sequence);
    }
}
