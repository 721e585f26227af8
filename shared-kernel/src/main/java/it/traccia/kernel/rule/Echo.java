package it.traccia.kernel.rule;

/**
 * A value the user sent, as a message repeats it (valore riportato): at most {@value #MAX_LENGTH} characters, with
 * control characters shown as {@code ?}, so that a refusal never carries a megabyte of input or a hidden character back.
 */
final class Echo {

    static final int MAX_LENGTH = 60;

    private Echo() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        boolean cut = text.length() > MAX_LENGTH;
        StringBuilder shown = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 1);
        for (int index = 0; index < Math.min(text.length(), MAX_LENGTH); index++) {
            char character = text.charAt(index);
            shown.append(Character.isISOControl(character) || Character.isSurrogate(character) ? '?' : character);
        }
        return cut ? shown.append('…').toString() : shown.toString();
    }
}
