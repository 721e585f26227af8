package it.traccia.kernel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the name of an organisation (ente) is compared: Unicode NFKC (full-width letters become ordinary ones), every
 * run of blanks, non-breaking spaces included, collapsed to one space, and case folded. "Comune di  VAILATE" and
 * "Comune di Vailate" name the same comune.
 */
public final class OrganisationNames {

    private OrganisationNames() {
    }

    /** The form in which two names of the same organisation are equal. */
    public static String normalised(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        String collapsed = compatible.replaceAll("[\\p{Z}\\s]+", " ").strip();
        return collapsed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether every letter of the name is of the Latin script, as the names of Italian comuni are (accented letters
     * and the German, Ladin, Slovene and French names of bilingual comuni included): a Cyrillic "а" that looks like a
     * Latin "a" would otherwise make a second comune that no one can tell apart.
     */
    public static boolean hasOnlyLatinLetters(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return compatible.codePoints().filter(Character::isLetter)
                .allMatch(letter -> Character.UnicodeScript.of(letter) == Character.UnicodeScript.LATIN);
    }
}
