package it.traccia.plan.command.importing;

import it.traccia.kernel.plan.importing.ImportFinding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings (rilievi) of one reading, collected as they are met and handed out sorted by line, errors first. */
final class Findings {

    private final List<ImportFinding> found = new ArrayList<>();

    void add(FindingCode code, int line, String structure, String objectiveNumber, String phaseNumber, String message) {
        found.add(new ImportFinding(code.severity(), code.code(), line, structure, objectiveNumber, phaseNumber, message));
    }

    List<ImportFinding> sorted() {
        return found.stream()
                .sorted(Comparator.comparingInt(ImportFinding::line).thenComparing(ImportFinding::severity))
                .toList();
    }
}
