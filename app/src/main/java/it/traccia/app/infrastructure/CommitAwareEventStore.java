package it.traccia.app.infrastructure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Axon's embedded event store (archivio degli eventi) whose tracking streams wake up as soon as this instance commits
 * events. Axon's own streams share a cache filled by a producer thread, which only reads while some stream tails it;
 * a stream that finds its position missing from that cache (after a rebuild, say, the cache holds older events) reads
 * on its own and then sleeps up to a second with nobody to wake it: measured as writes that waited a whole second for
 * the read models (docs/adr/0004). Here each stream reads the storage engine directly, and waits, when it has read
 * everything, until a commit of this instance or {@code pollInterval} (for other instances' events and late commits
 * below the head). A command sent inside an enclosing transaction, such as a BPMN step of Camunda (docs/adr/0008),
 * ends its unit of work before that transaction commits: the wake-up waits for the enclosing transaction's commit.
 * The store also remembers, per thread, the last event appended, for which {@link ReadModelConsistency} waits.
 */
public class CommitAwareEventStore extends EmbeddedEventStore {

    private static final ThreadLocal<LastAppended> LAST_APPENDED = new ThreadLocal<>();

    private final Map<String, Long> lastSequenceAppendedHere = new ConcurrentHashMap<>();
    private final long pollNanos;
    private final Lock commitLock = new ReentrantLock();
    private final Condition committedCondition = commitLock.newCondition();
    private volatile long commits;

    public CommitAwareEventStore(Builder builder, Duration pollInterval) {
        super(builder);
        this.pollNanos = pollInterval.toNanos();
    }

    /** The last event the current thread appended since it last asked, forgotten once answered; null if none. */
    public static LastAppended takeLastAppended() {
        LastAppended appended = LAST_APPENDED.get();
        LAST_APPENDED.remove();
        return appended;
    }

    /** The sequence number of the last event of the aggregate that this instance appended, if it appended any. */
    public Long lastSequenceAppendedHere(String aggregateId) {
        return lastSequenceAppendedHere.get(aggregateId);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        DomainEventMessage<?> lastOfAll = null;
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                lastSequenceAppendedHere.merge(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(), Math::max);
                lastOfAll = domainEvent;
            }
        }
        if (lastOfAll != null) {
            LAST_APPENDED.set(new LastAppended(lastOfAll.getAggregateIdentifier(), lastOfAll.getSequenceNumber()));
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeTrackingConsumers(events);
                }
            });
        } else {
            wakeTrackingConsumers(events);
        }
    }

    private void wakeTrackingConsumers(List<? extends EventMessage<?>> events) {
        commitLock.lock();
        try {
            commits++;
            committedCondition.signalAll();
        } finally {
            commitLock.unlock();
        }
    }

    /** Waits until a commit after the {@code seen}-th, or for {@code nanos} at most. */
    private void awaitCommitAfter(long seen, long nanos) throws InterruptedException {
        commitLock.lock();
        try {
            long left = nanos;
            while (commits == seen && left > 0) {
                left = committedCondition.awaitNanos(left);
            }
        } finally {
            commitLock.unlock();
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new CommitSignalledStream(trackingToken);
    }

    /**
     * A tracking processor's stream of events: reads the storage engine from its last token in batches, and once it
     * has read everything, reads again only after a commit of this instance or after the poll interval.
     */
    private final class CommitSignalledStream implements TrackingEventStream {

        private TrackingToken lastToken;
        private Stream<? extends TrackedEventMessage<?>> stream;
        private Iterator<? extends TrackedEventMessage<?>> iterator;
        private TrackedEventMessage<?> peeked;
        private boolean readExhausted;
        private long commitsWhenOpened = -1;
        private long openedAt;

        private CommitSignalledStream(TrackingToken startToken) {
            this.lastToken = startToken;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(fetched() ? peeked : null);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (!fetched()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                awaitCommitAfter(commitsWhenOpened, Math.min(left, pollNanos - (System.nanoTime() - openedAt)));
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
            }
            TrackedEventMessage<?> next = peeked;
            peeked = null;
            return next;
        }

        /**
         * Whether an event is ready: the next of the open read, or, once that read is exhausted and something may have
         * been committed since it began (a commit here, or the poll interval passed), the first of a new read. An
         * exhausted read is not asked again: Axon's reads ask the database once more each time they are asked past their
         * end, and the processor asks several times per batch.
         */
        private boolean fetched() {
            if (peeked != null) {
                return true;
            }
            if (nextOfOpenRead()) {
                return true;
            }
            if (iterator != null && commits == commitsWhenOpened && System.nanoTime() - openedAt < pollNanos) {
                return false;
            }
            closeRead();
            commitsWhenOpened = commits;
            openedAt = System.nanoTime();
            stream = storageEngine().readEvents(lastToken, false);
            iterator = stream.iterator();
            readExhausted = false;
            return nextOfOpenRead();
        }

        /** Takes the next event of the open read, if any, remembering when it has none left so as not to ask it again. */
        private boolean nextOfOpenRead() {
            if (iterator == null || readExhausted) {
                return false;
            }
            if (iterator.hasNext()) {
                return take();
            }
            readExhausted = true;
            return false;
        }

        private boolean take() {
            peeked = iterator.next();
            lastToken = peeked.trackingToken();
            return true;
        }

        private void closeRead() {
            if (stream != null) {
                stream.close();
            }
            stream = null;
            iterator = null;
        }

        @Override
        public void close() {
            closeRead();
        }
    }

    /** An appended event, by its aggregate and its sequence number in it. */
    public record LastAppended(String aggregateId, long sequence) {
    }
}
