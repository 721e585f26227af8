package it.traccia.kernel.organisation.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import org.axonframework.serialization.Revision;

import java.util.Set;

/** Roles were granted to a user in the organisation (ruoli assegnati), with the reason. */
@Revision("1")
public record RolesGranted(
        OrganisationId organisationId,
        String userId,
        Set<Role> roles,
        String reason,
        Actor actor) implements OrganisationEvent {

    public RolesGranted {
        roles = Set.copyOf(roles);
    }
}
