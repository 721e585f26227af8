package it.traccia.app.web.organisation;

import java.util.List;

/**
 * Body of {@code PUT /api/organisations/{organisationId}/members/{userId}}: exactly the roles the user is to hold in the
 * organisation ({@code SEGRETARIO}, {@code RESPONSABILE}, {@code GIUNTA}, {@code NDV}), and why.
 */
public record MembershipRequest(List<String> roles, String reason) {
}
