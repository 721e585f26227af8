package it.traccia.app.web.plan;

/** Body of a weight change (cambio di peso): the new weight, the reason, and optionally the revision seen. */
public record ChangeWeightRequest(String weight, String reason, Long revision) {
}
