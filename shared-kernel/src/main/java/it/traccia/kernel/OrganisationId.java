package it.traccia.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of an organisation (ente), a comune: derived from its name in the normalised form of
 * {@link OrganisationNames}, so that one comune cannot be registered twice under spellings that look alike.
 */
public record OrganisationId(String value) {

    public OrganisationId {
        Objects.requireNonNull(value, "organisationId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("organisationId must not be blank");
        }
    }

    /** The id of the organisation with this name, however its case, blanks and compatibility characters are written. */
    public static OrganisationId forName(String name) {
        String key = "organisation/" + OrganisationNames.normalised(name);
        return new OrganisationId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
