package it.traccia.plan.command.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real draft of Monte Cremasco 2026 as test data, in both formats, and small builders of other drafts. */
final class Drafts {

    static final String REAL_DRAFT_TXT = "monte-cremasco-2026-bozza.txt";
    static final String REAL_DRAFT_DOCX = "monte-cremasco-2026-bozza.docx";
    static final String HEADING = """
            COMUNE DI MONTE CREMASCO

            Provincia di Cremona

            BOZZA PIANO DEGLI OBIETTIVI, DELLE ATTIVITA' E DELLA PERFORMANCE TRIENNIO 2026/2028 E ANNUALITA' 2026
            """;
    static final String TABLE_HEADER = "N°\tDescrizione Obiettivi Gestionali\tPeso %\tIndicatori di Misurazione\tValori Attesi\tData Fine Attesa";

    private Drafts() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Drafts.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static String realDraftText() {
        return new String(resource(REAL_DRAFT_TXT), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A structure heading with its four context rows and the table header. */
    static String structure(String heading, String mission) {
        return "STRUTTURA: " + heading + "\n"
                + "Linea Strategica\tPromuovere la crescita della Città\n"
                + "Obiettivo Strategico\tGestire e migliorare i servizi\n"
                + "Missione\t" + mission + "\n"
                + "Obiettivo Operativo\tMantenere gli standard dei servizi\n"
                + TABLE_HEADER + "\n";
    }

    /** A row of six cells. */
    static String row(String... cells) {
        return String.join("\t", cells) + "\n";
    }
}
