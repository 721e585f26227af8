package it.traccia.app.web.plan;

import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of the one plan of an organisation (ente) for a year, derived from both: a second {@code DefinePlan} for the
 * same organisation and year targets the same aggregate and is refused by the event store's unique key.
 */
public final class PlanIds {

    private PlanIds() {
    }

    public static PlanId forOrganisationAndYear(OrganisationId organisation, int year) {
        String key = "plan/" + organisation.value() + "/" + year;
        return new PlanId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }
}
