package it.traccia.kernel;

import java.util.Locale;
import java.util.Map;

/** Units of measure as plans write them (unità di misura): "gg", "gg." and "giorni" are one unit, "%" and "percento" another. */
final class Units {

    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("%", "%"), Map.entry("percento", "%"), Map.entry("per cento", "%"), Map.entry("gg", "giorni"),
            Map.entry("gg.", "giorni"), Map.entry("giorni", "giorni"), Map.entry("giorno", "giorni"),
            Map.entry("ore", "ore"), Map.entry("ora", "ore"), Map.entry("mesi", "mesi"), Map.entry("mese", "mesi"),
            Map.entry("settimane", "settimane"), Map.entry("settimana", "settimane"), Map.entry("euro", "euro"),
            Map.entry("€", "euro"));

    private Units() {
    }

    static boolean same(String one, String other) {
        return canonical(one).equals(canonical(other));
    }

    /** The unit's one name ("giorni" for "gg."), or {@code null} for a unit Traccia does not know. */
    static String known(String written) {
        return written == null ? null : SAME.get(written.strip().toLowerCase(Locale.ITALIAN));
    }

    private static String canonical(String unit) {
        String written = unit.strip().toLowerCase(Locale.ITALIAN);
        return SAME.getOrDefault(written, written);
    }
}
