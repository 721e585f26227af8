package it.traccia.app.web;

import it.traccia.kernel.Achievement;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.StrictDates;
import it.traccia.kernel.Texts;
import it.traccia.kernel.UserIds;
import it.traccia.kernel.Weight;
import it.traccia.kernel.rule.InvalidCharacters;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the fields of one request body into domain values, collecting every violation (campo per campo) so that the
 * user gets them all in one 422 answer; {@link #done()} throws them together. Every text is checked for characters
 * Traccia refuses ({@code InvalidCharacters}) before it goes anywhere.
 */
public final class RequestFields {

    private final List<Violation> violations = new ArrayList<>();

    public String required(String field, String value) {
        if (isBlank(value)) {
            violations.add(new MissingField(field).violations().get(0));
            return null;
        }
        return allowedCharacters(field, value.strip());
    }

    /** A reason (motivazione) that a change must give: blank is refused as {@code ReasonRequired}. */
    public String reason(String field, String value) {
        if (isBlank(value)) {
            violations.add(new ReasonRequired(field).violations().get(0));
            return null;
        }
        return allowedCharacters(field, value.strip());
    }

    public String optional(String field, String value) {
        return isBlank(value) ? null : allowedCharacters(field, value.strip());
    }

    /**
     * Whether a text shows nothing: absent, or only blanks, no-break spaces ({@code U+00A0}, {@code U+202F}) and
     * invisible format characters (a zero-width space, a byte-order mark), which {@link String#isBlank()} counts as text.
     */
    public static boolean isBlank(String value) {
        return value == null || value.codePoints().allMatch(character -> Character.isWhitespace(character)
                || Character.isSpaceChar(character) || Character.getType(character) == Character.FORMAT);
    }

    public int requiredInt(String field, Integer value) {
        if (value == null) {
            violations.add(new MissingField(field).violations().get(0));
            return 0;
        }
        return value;
    }

    public Weight weight(String field, String value) {
        return required(field, value) == null ? null : read(() -> Weight.parse(field, value));
    }

    public Achievement achievement(String field, String value) {
        return required(field, value) == null ? null : read(() -> Achievement.parse(field, value));
    }

    public LocalDate requiredDate(String field, String value) {
        return required(field, value) == null ? null : read(() -> StrictDates.parseIso(field, value));
    }

    public LocalDate optionalDate(String field, String value) {
        return value == null || value.isBlank() ? null : read(() -> StrictDates.parseIso(field, value));
    }

    /** A user id (identificativo utente), of the shape every identity has. */
    public String userId(String field, String value) {
        if (required(field, value) == null) {
            return null;
        }
        return read(() -> UserIds.require(field, value.strip()));
    }

    public MissionCode missionCode(String field, String value) {
        return required(field, value) == null ? null : read(() -> MissionCode.parse(field, value));
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (required(field, value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException notAChoice) {
            violations.add(new InvalidChoice(field, value, type.getEnumConstants()).violations().get(0));
            return null;
        }
    }

    /** Adds the violations of a field read elsewhere. */
    public void add(RuleViolation violation) {
        violations.addAll(violation.violations());
    }

    /** Throws every violation found so far, if any. */
    public void done() {
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
    }

    private String allowedCharacters(String field, String text) {
        if (!Texts.hasOnlyAllowedCharacters(text)) {
            violations.add(new InvalidCharacters(field).violations().get(0));
            return null;
        }
        return text;
    }

    private <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (RuleViolation violation) {
            violations.addAll(violation.violations());
            return null;
        }
    }
}
