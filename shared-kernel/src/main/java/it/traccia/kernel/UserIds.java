package it.traccia.kernel;

import it.traccia.kernel.rule.InvalidUserId;

import java.util.regex.Pattern;

/**
 * The shape of a user id (identificativo utente): a login such as {@code resp-segreteria}, the {@code sub} of an OIDC
 * token or a fiscal number such as {@code TINIT-RSSMRA80A01H501U}.
 */
public final class UserIds {

    public static final int MAX_LENGTH = 128;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._@:+-]{1," + MAX_LENGTH + "}");

    private UserIds() {
    }

    public static boolean isWellFormed(String userId) {
        return userId != null && userId.length() <= MAX_LENGTH && SHAPE.matcher(userId).matches();
    }

    /** The user id as given, or {@link InvalidUserId} naming the field. */
    public static String require(String field, String userId) {
        if (!isWellFormed(userId)) {
            throw new InvalidUserId(field, userId);
        }
        return userId;
    }
}
