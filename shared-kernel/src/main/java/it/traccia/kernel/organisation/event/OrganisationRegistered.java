package it.traccia.kernel.organisation.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import org.axonframework.serialization.Revision;

/** An organisation (ente) was registered with its name and, if given, its provincia. */
@Revision("1")
public record OrganisationRegistered(
        OrganisationId organisationId,
        String name,
        String province,
        Actor actor) implements OrganisationEvent {
}
