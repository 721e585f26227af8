package it.traccia.app.organisation;

import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.event.OrganisationEvent;
import it.traccia.kernel.organisation.event.OrganisationRegistered;
import it.traccia.kernel.organisation.event.RolesGranted;
import it.traccia.kernel.organisation.event.RolesWithdrawn;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The audit trail of one organisation (storico dell'ente): who registered it, who granted or withdrew which role to
 * whom, when and why, oldest first. Read straight from the organisation's own stream in the event store, which is the
 * record itself: nothing to project, nothing to lose.
 */
@Component
public class OrganisationHistory {

    private final EventStore eventStore;

    public OrganisationHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<Entry> of(OrganisationId organisationId) {
        List<Entry> entries = new ArrayList<>();
        eventStore.readEvents(organisationId.value()).asStream()
                .filter(message -> message.getPayload() instanceof OrganisationEvent)
                .forEach(message -> entries.add(entry(message)));
        return entries;
    }

    private static Entry entry(DomainEventMessage<?> message) {
        OrganisationEvent event = (OrganisationEvent) message.getPayload();
        String action = event.getClass().getSimpleName();
        Instant at = message.getTimestamp();
        String by = event.actor().userId();
        Role byRole = event.actor().role();
        if (event instanceof OrganisationRegistered registered) {
            return new Entry(message.getSequenceNumber(), at, by, byRole, action, null, List.of(), null,
                    "Registrato l'ente " + registered.name()
                            + (registered.province() == null ? "" : " (provincia di " + registered.province() + ")"));
        }
        if (event instanceof RolesGranted granted) {
            return new Entry(message.getSequenceNumber(), at, by, byRole, action, granted.userId(), sorted(granted.roles()),
                    granted.reason(), "Assegnati a " + granted.userId() + " i ruoli " + names(granted.roles()));
        }
        RolesWithdrawn withdrawn = (RolesWithdrawn) event;
        return new Entry(message.getSequenceNumber(), at, by, byRole, action, withdrawn.userId(),
                sorted(withdrawn.roles()), withdrawn.reason(),
                "Revocati a " + withdrawn.userId() + " i ruoli " + names(withdrawn.roles()));
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }

    private static String names(Set<Role> roles) {
        return String.join(", ", sorted(roles).stream().map(Role::name).toList());
    }

    /**
     * One step in the organisation's record: when, by whom and in which role, what ({@code action}, the event's name),
     * to whom ({@code userId}, null for the registration), which roles, why, and the step in one Italian sentence.
     */
    public record Entry(long sequence, Instant occurredAt, String user, Role role, String action, String userId,
                        List<Role> roles, String reason, String description) {
    }
}
