package it.traccia.plan.query.access;

import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.organisation.Memberships;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may read a plan (lettori del piano): every user who holds a role in the plan's organisation (ente), and no one
 * else. The query handlers answer anyone else as if the plan did not exist.
 */
@Component
public class PlanReaders {

    private final Memberships memberships;

    public PlanReaders(Memberships memberships) {
        this.memberships = memberships;
    }

    /** The ids of the organisations whose plans the user may read. */
    public List<String> organisationsOf(String userId) {
        return memberships.organisationsOf(userId).stream().map(OrganisationId::value).sorted().toList();
    }

    /** Whether the user holds a role in the organisation; never for a missing organisation or user. */
    public boolean mayRead(String organisationId, String userId) {
        return organisationId != null && userId != null && memberships.isMember(new OrganisationId(organisationId), userId);
    }
}
