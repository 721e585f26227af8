package it.traccia.app.web.plan;

import it.traccia.kernel.PlanId;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * The id of the one plan of an organisation for a year, derived from both: a second {@code DefinePlan} for the same
 * organisation and year targets the same aggregate and is refused by the event store's unique key.
 */
public final class PlanIds {

    private PlanIds() {
    }

    public static PlanId forOrganisationAndYear(String organisation, int year) {
        String normalised = Normalizer.normalize(organisation.strip(), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        return new PlanId(UUID.nameUUIDFromBytes((normalised + "/" + year).getBytes(StandardCharsets.UTF_8)).toString());
    }
}
