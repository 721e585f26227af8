package it.traccia.app.infrastructure;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Axon's embedded event store (archivio degli eventi) that wakes the tracking projections when the events are really
 * committed. A command sent inside an enclosing transaction, such as a BPMN step of Camunda (docs/adr/0008), ends its
 * unit of work before that transaction commits: Axon would wake the projections too early, find nothing yet, and leave
 * them asleep until its next poll a second later. Here the wake-up waits for the enclosing transaction's commit.
 */
public class CommitAwareEventStore extends EmbeddedEventStore {

    public CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
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
}
