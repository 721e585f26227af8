package it.traccia.app.web.organisation;

import it.traccia.kernel.Role;

import java.util.List;

/** The roles a user holds in an organisation (appartenenza) after a change. */
public record MembershipResponse(String organisationId, String userId, List<Role> roles) {
}
