package it.traccia.kernel;

import it.traccia.kernel.rule.InvalidMissionCode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A budget mission (missione) of D.Lgs. 118/2011: one of 23 two-digit codes, each with its official title.
 */
public record MissionCode(String value) {

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("01", "Servizi istituzionali, generali e di gestione");
        TITLES.put("02", "Giustizia");
        TITLES.put("03", "Ordine pubblico e sicurezza");
        TITLES.put("04", "Istruzione e diritto allo studio");
        TITLES.put("05", "Tutela e valorizzazione dei beni e delle attività culturali");
        TITLES.put("06", "Politiche giovanili, sport e tempo libero");
        TITLES.put("07", "Turismo");
        TITLES.put("08", "Assetto del territorio ed edilizia abitativa");
        TITLES.put("09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente");
        TITLES.put("10", "Trasporti e diritto alla mobilità");
        TITLES.put("11", "Soccorso civile");
        TITLES.put("12", "Diritti sociali, politiche sociali e famiglia");
        TITLES.put("13", "Tutela della salute");
        TITLES.put("14", "Sviluppo economico e competitività");
        TITLES.put("15", "Politiche per il lavoro e la formazione professionale");
        TITLES.put("16", "Agricoltura, politiche agroalimentari e pesca");
        TITLES.put("17", "Energia e diversificazione delle fonti energetiche");
        TITLES.put("18", "Relazioni con le altre autonomie territoriali e locali");
        TITLES.put("19", "Relazioni internazionali");
        TITLES.put("20", "Fondi e accantonamenti");
        TITLES.put("50", "Debito pubblico");
        TITLES.put("60", "Anticipazioni finanziarie");
        TITLES.put("99", "Servizi per conto terzi");
    }

    public MissionCode {
        if (value == null || !TITLES.containsKey(value)) {
            throw new InvalidMissionCode("missionCode", value);
        }
    }

    /** Reads a code such as {@code "01"} (or {@code "1"}), naming the field if it is not one of the 23 missions. */
    public static MissionCode parse(String field, String text) {
        String code = text == null ? "" : text.strip();
        if (code.matches("\\d")) {
            code = "0" + code;
        }
        if (!TITLES.containsKey(code)) {
            throw new InvalidMissionCode(field, text);
        }
        return new MissionCode(code);
    }

    /** Finds the mission whose official title this text names, ignoring case and surrounding blanks. */
    public static Optional<MissionCode> fromTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String wanted = title.strip();
        return TITLES.entrySet().stream()
                .filter(entry -> entry.getValue().equalsIgnoreCase(wanted))
                .map(entry -> new MissionCode(entry.getKey()))
                .findFirst();
    }

    /** The official title, e.g. "Servizi istituzionali, generali e di gestione". */
    public String title() {
        return TITLES.get(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
