package it.traccia.kernel;

/**
 * The characters a text may hold (caratteri ammessi): any printable character, tab and line breaks ({@code \n}, or
 * {@code \r\n} as Windows and HTML forms write them), but no other control character, no bidirectional override that would make a text read differently from how it is stored, and no
 * half of a surrogate pair that encodes no character at all.
 */
public final class Texts {

    private Texts() {
    }

    /** Whether the text holds only characters Traccia accepts; {@code null} has none it refuses. */
    public static boolean hasOnlyAllowedCharacters(String text) {
        if (text == null) {
            return true;
        }
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isHighSurrogate(character)) {
                if (index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
                    index++;
                    continue;
                }
                return false;
            }
            if (character == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
                index++;
                continue;
            }
            if (Character.isLowSurrogate(character) || isRefusedControl(character)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRefusedControl(char character) {
        if (character == '\t' || character == '\n') {
            return false;
        }
        return Character.isISOControl(character)
                || (character >= '\u202A' && character <= '\u202E')
                || (character >= '\u2066' && character <= '\u2069');
    }
}
