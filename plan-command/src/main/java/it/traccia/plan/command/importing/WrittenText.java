package it.traccia.plan.command.importing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as the draft writes it (testo come scritto): the export's formatting tags and {@code *} marks removed, and Word's
 * invisible control characters turned into spaces, nothing else changed; headings written in capitals turned into
 * title case with the Italian particles in lower case.
 */
final class WrittenText {

    private static final Pattern TAGS = Pattern.compile("</?(?:i|p|b|u)>", Pattern.CASE_INSENSITIVE);
    /** Word's invisible residue: control characters (its manual line break is U+000B), bidi controls, lone surrogates. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}&&[^\\t\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Locale ITALIAN = Locale.ITALIAN;
    private static final Set<String> PARTICLES = Set.of("di", "da", "del", "dello", "della", "dei", "degli", "delle",
            "dal", "dallo", "dalla", "dai", "dagli", "dalle", "e", "ed", "a", "ad", "al", "allo", "alla", "ai", "agli",
            "alle", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "su", "sul", "sullo", "sulla", "sui", "sugli",
            "sulle", "con", "per", "tra", "fra", "il", "lo", "la", "i", "gli", "le", "o");
    private static final Set<String> ELIDED = Set.of("d", "l", "dell", "dall", "nell", "sull", "all", "coll", "un");

    private WrittenText() {
    }

    /** The cell's text without tags, marks and invisible characters, stripped; empty for a blank or absent cell. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String visible = INVISIBLE.matcher(raw).replaceAll(" ");
        return TAGS.matcher(visible).replaceAll("").replace("*", "").strip();
    }

    /** Joins a cell continued on a following line: the two parts with exactly one space between them. */
    static String join(String first, String continuation) {
        if (first.isEmpty()) {
            return continuation;
        }
        return continuation.isEmpty() ? first : first + " " + continuation;
    }

    /** The text, or {@code null} when blank. */
    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** "COMUNE DI MONTE CREMASCO" → "Comune di Monte Cremasco"; a text that has lower-case letters stays as written. */
    static String titleCaseOfCapitals(String text) {
        if (text == null || !text.equals(text.toUpperCase(ITALIAN)) || text.equals(text.toLowerCase(ITALIAN))) {
            return text;
        }
        StringBuilder result = new StringBuilder();
        Matcher words = WORD.matcher(text);
        int copied = 0;
        boolean first = true;
        while (words.find()) {
            result.append(text, copied, words.start()).append(titleCaseWord(words.group().toLowerCase(ITALIAN), first));
            copied = words.end();
            first = false;
        }
        return result.append(text.substring(copied)).toString();
    }

    private static String titleCaseWord(String word, boolean first) {
        if (!first && PARTICLES.contains(word)) {
            return word;
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe > 0 && apostrophe < word.length() - 1) {
            String prefix = word.substring(0, apostrophe);
            String rest = capitalised(word.substring(apostrophe + 1));
            return (!first && ELIDED.contains(prefix) ? prefix : capitalised(prefix)) + "'" + rest;
        }
        return capitalised(word);
    }

    private static String capitalised(String word) {
        StringBuilder result = new StringBuilder(word.length());
        boolean atStart = true;
        for (int index = 0; index < word.length(); index++) {
            char character = word.charAt(index);
            result.append(atStart ? Character.toUpperCase(character) : character);
            atStart = character == '-';
        }
        return result.toString();
    }
}
