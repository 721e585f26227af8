package it.traccia.plan.command;

import it.traccia.kernel.Texts;
import it.traccia.kernel.rule.InvalidCharacters;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.ReasonRequired;
import it.traccia.kernel.rule.TextTooLong;

/**
 * Checks of a command's fields (campi): presence, length and characters, each reported under the command's component
 * name. Length is checked before characters, so that an over-long text is refused without being read through.
 */
final class Fields {

    /** Names, heads, numbers and the organisation. */
    static final int SHORT_TEXT = TextLimits.SHORT_TEXT;
    /** Descriptions, indicators, targets and the strategic context. */
    static final int LONG_TEXT = TextLimits.LONG_TEXT;
    /** The reason (motivazione) of a change. */
    static final int REASON = 2000;

    private Fields() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new MissingField(field);
        }
        return value;
    }

    static void requiredText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new MissingField(field);
        }
        optionalText(field, text, maxLength);
    }

    static void optionalText(String field, String text, int maxLength) {
        if (text != null && text.length() > maxLength) {
            throw new TextTooLong(field, maxLength);
        }
        if (!Texts.hasOnlyAllowedCharacters(text)) {
            throw new InvalidCharacters(field);
        }
    }

    static void requiredReason(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(field);
        }
        optionalText(field, reason, REASON);
    }
}
