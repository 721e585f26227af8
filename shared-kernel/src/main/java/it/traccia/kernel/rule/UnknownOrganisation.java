package it.traccia.kernel.rule;

/** An organisation (ente) that Traccia does not know by this name or id: an administrator must register it first. */
public final class UnknownOrganisation extends RuleViolation {

    public UnknownOrganisation(String field, String organisation) {
        super(field == null ? Refusal.NOT_FOUND : Refusal.INVALID, field, "L'ente '" + Echo.of(organisation)
                + "' non è registrato in Traccia: chiedi all'amministratore di registrarlo");
    }

    /** An organisation named in a request body (HTTP 422). */
    public static UnknownOrganisation named(String field, String name) {
        return new UnknownOrganisation(field, name);
    }

    /** An organisation named by the id in a route (HTTP 404). */
    public static UnknownOrganisation withId(String organisationId) {
        return new UnknownOrganisation(null, organisationId);
    }
}
