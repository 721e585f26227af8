package it.traccia.plan.query;

import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.plan.event.PlanEvent;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one plan as the event store would hold them: each with its aggregate sequence number, identifier,
 * timestamp (a minute apart) and the organisation's name and id in its metadata. Delivers them through Axon's annotation machinery.
 */
public final class PlanHistory {

    /** When the first event of every history happened. */
    public static final Instant START = Instant.parse("2026-01-12T09:00:00Z");

    private final String organisation;
    private final List<DomainEventMessage<PlanEvent>> messages = new ArrayList<>();

    public PlanHistory(String organisation) {
        this.organisation = organisation;
    }

    /** Appends events after the ones already there. */
    public PlanHistory then(PlanEvent... events) {
        for (PlanEvent event : events) {
            long sequence = messages.size();
            messages.add(new GenericDomainEventMessage<>("Plan", event.planId().value(), sequence, event,
                    MetaData.with(PlanMetaData.ORGANISATION, organisation)
                            .and(PlanMetaData.ORGANISATION_ID, OrganisationId.forName(organisation).value()),
                    "event-" + event.planId() + "-" + sequence, occurredAt(sequence)));
        }
        return this;
    }

    public PlanHistory then(List<? extends PlanEvent> events) {
        return then(events.toArray(PlanEvent[]::new));
    }

    /** When the event at this sequence happened. */
    public static Instant occurredAt(long sequence) {
        return START.plus(Duration.ofMinutes(sequence));
    }

    public List<DomainEventMessage<PlanEvent>> messages() {
        return List.copyOf(messages);
    }

    public DomainEventMessage<PlanEvent> message(long sequence) {
        return messages.get((int) sequence);
    }

    public long lastSequence() {
        return messages.size() - 1L;
    }

    /** Delivers every event, in order, to the projection's event handlers. */
    public void deliverTo(Object projection) {
        deliver(projection, messages);
    }

    /** Delivers some messages, in the order given, to the projection's event handlers. */
    public static void deliver(Object projection, List<? extends DomainEventMessage<?>> messages) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (DomainEventMessage<?> message : messages) {
            try {
                handlers.handle(message);
            } catch (Exception failure) {
                throw new IllegalStateException("Event " + message.getSequenceNumber() + " failed", failure);
            }
        }
    }

    /** Resets the projection as a processor reset would, through its reset handlers. */
    public static void reset(Object projection) {
        new AnnotationEventHandlerAdapter(projection).prepareReset();
    }
}
