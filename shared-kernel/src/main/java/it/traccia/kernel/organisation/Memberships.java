package it.traccia.kernel.organisation;

import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who belongs where (appartenenze): the roles each user holds in each organisation (ente), and who administers the
 * deployment. The plan and the read models ask it on every command and query; it always answers with what is
 * committed, never with a stale copy.
 */
public interface Memberships {

    /** The roles the user holds in the organisation; empty when the user is not a member (or the ente is unknown). */
    Set<Role> rolesIn(OrganisationId organisation, String userId);

    /** The organisations in which the user holds at least one role. */
    Set<OrganisationId> organisationsOf(String userId);

    /** Whether the user administers the deployment (amministratore): manages organisations, reads no plan content. */
    boolean isAdministrator(String userId);

    /** The organisations in which the user holds this role. */
    default Set<OrganisationId> organisationsWhere(String userId, Role role) {
        return organisationsOf(userId).stream()
                .filter(organisation -> rolesIn(organisation, userId).contains(role))
                .collect(Collectors.toSet());
    }

    /** Whether the user holds any role in the organisation. */
    default boolean isMember(OrganisationId organisation, String userId) {
        return organisation != null && userId != null && !rolesIn(organisation, userId).isEmpty();
    }
}
