package it.traccia.plan.command.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The labels of the strategic context printed above a table (contesto strategico), as the drafts write them. */
enum ContextLabel {
    STRATEGIC_LINE("Linea Strategica"),
    STRATEGIC_OBJECTIVE("Obiettivo Strategico"),
    MISSION("Missione"),
    OPERATIONAL_OBJECTIVE("Obiettivo Operativo");

    private final String written;

    ContextLabel(String written) {
        this.written = written;
    }

    String written() {
        return written;
    }

    /** The label a first cell names, ignoring case, repeated blanks and a trailing colon. */
    static Optional<ContextLabel> of(String cell) {
        String label = cell.strip().replaceAll(":$", "").replaceAll("\\s+", " ").strip();
        return Arrays.stream(values()).filter(value -> value.written.toLowerCase(Locale.ROOT)
                .equals(label.toLowerCase(Locale.ROOT))).findFirst();
    }
}
