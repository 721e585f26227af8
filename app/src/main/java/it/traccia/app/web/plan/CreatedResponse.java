package it.traccia.app.web.plan;

/** Answer to a request that created something: its id. */
public record CreatedResponse(String id) {
}
