package it.traccia.app.web.organisation;

import it.traccia.kernel.Role;

import java.util.List;

/**
 * One organisation (ente) as the caller may see it: id, name, provincia, the caller's own roles there, and, for an
 * administrator only, every member with their roles (else null).
 */
public record OrganisationResponse(String id, String name, String province, List<Role> roles, List<Member> members) {

    /** A member of the organisation and the roles they hold. */
    public record Member(String userId, List<Role> roles) {
    }
}
