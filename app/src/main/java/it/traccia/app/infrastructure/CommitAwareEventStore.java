package it.traccia.app.infrastructure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's embedded event store (archivio degli eventi) that wakes the tracking projections when the events are really
 * committed. A command sent inside an enclosing transaction, such as a BPMN step of Camunda (docs/adr/0008), ends its
 * unit of work before that transaction commits: Axon would wake the projections too early, find nothing yet, and leave
 * them asleep until its next poll a second later. Here the wake-up waits for the enclosing transaction's commit. It also
 * remembers, per thread, the last event appended, for which {@link ReadModelConsistency} waits.
 */
public class CommitAwareEventStore extends EmbeddedEventStore {

    private static final ThreadLocal<LastAppended> LAST_APPENDED = new ThreadLocal<>();

    private final Map<String, Long> lastSequenceAppendedHere = new ConcurrentHashMap<>();

    public CommitAwareEventStore(Builder builder) {
        super(builder);
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
        super.afterCommit(events);
    }

    /** An appended event, by its aggregate and its sequence number in it. */
    public record LastAppended(String aggregateId, long sequence) {
    }
}
