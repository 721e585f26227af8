package it.traccia.workflow;

import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.Memberships;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The members of the Giunte in the workflow's tests: each user sits in the Giunta of one organisation (ente) and holds
 * no other role anywhere.
 */
public final class GiuntaMembers implements Memberships {

    private final Map<String, OrganisationId> giuntaOf;

    /** Each user, mapped to the id of the organisation in whose Giunta they sit. */
    public GiuntaMembers(Map<String, String> giuntaOf) {
        this.giuntaOf = giuntaOf.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> new OrganisationId(entry.getValue())));
    }

    @Override
    public Set<Role> rolesIn(OrganisationId organisation, String userId) {
        return organisation.equals(giuntaOf.get(userId)) ? Set.of(Role.GIUNTA) : Set.of();
    }

    @Override
    public Set<OrganisationId> organisationsOf(String userId) {
        OrganisationId organisation = giuntaOf.get(userId);
        return organisation == null ? Set.of() : Set.of(organisation);
    }

    @Override
    public boolean isAdministrator(String userId) {
        return false;
    }
}
