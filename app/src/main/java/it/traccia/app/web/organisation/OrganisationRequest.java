package it.traccia.app.web.organisation;

/** Body of {@code POST /api/organisations}: the organisation's name (ente) and, optionally, its provincia. */
public record OrganisationRequest(String name, String province) {
}
