package it.traccia.app.web.organisation;

import it.traccia.kernel.Role;

import java.util.List;

/**
 * The signed-in user (utente collegato): their id, whether they administer Traccia, and in each organisation where they
 * hold a role, the roles and the structures they head.
 */
public record MeResponse(String userId, boolean administrator, List<Membership> memberships) {

    /** The user's place in one organisation: its id and name, the roles, and the structures they head in its plans. */
    public record Membership(String organisationId, String organisation, List<Role> roles, List<Structure> structures) {
    }

    /** A structure the user heads, in which plan. */
    public record Structure(String planId, String structureId, String name) {
    }
}
