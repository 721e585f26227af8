package it.traccia.plan.command;

import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.Memberships;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Memberships held in memory for the aggregate tests: who holds which roles where, and who administers Traccia. */
final class TestMemberships implements Memberships {

    private final Map<OrganisationId, Map<String, Set<Role>>> roles = new HashMap<>();
    private final Set<String> administrators = new HashSet<>();

    TestMemberships grant(OrganisationId organisation, String userId, Role role) {
        roles.computeIfAbsent(organisation, id -> new HashMap<>())
                .computeIfAbsent(userId, id -> EnumSet.noneOf(Role.class)).add(role);
        return this;
    }

    TestMemberships administrator(String userId) {
        administrators.add(userId);
        return this;
    }

    @Override
    public Set<Role> rolesIn(OrganisationId organisation, String userId) {
        return Set.copyOf(roles.getOrDefault(organisation, Map.of()).getOrDefault(userId, Set.of()));
    }

    @Override
    public Set<OrganisationId> organisationsOf(String userId) {
        Set<OrganisationId> organisations = new HashSet<>();
        roles.forEach((organisation, members) -> {
            if (!members.getOrDefault(userId, Set.of()).isEmpty()) {
                organisations.add(organisation);
            }
        });
        return organisations;
    }

    @Override
    public boolean isAdministrator(String userId) {
        return administrators.contains(userId);
    }
}
