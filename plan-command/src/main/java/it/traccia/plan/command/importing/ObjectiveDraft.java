package it.traccia.plan.command.importing;

import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.importing.ImportedObjective;
import it.traccia.kernel.plan.importing.ImportedPhase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An objective (obiettivo gestionale) while its phases are being read; becomes an {@link ImportedObjective}. */
final class ObjectiveDraft {

    private final String number;
    private final ObjectiveKind kind;
    private final String description;
    private final Weight weight;
    private final String indicators;
    private final String targets;
    private final LocalDate deadline;
    private final int line;
    private final List<ImportedPhase> phases = new ArrayList<>();

    ObjectiveDraft(String number, ObjectiveKind kind, String description, Weight weight, String indicators,
                   String targets, LocalDate deadline, int line) {
        this.number = number;
        this.kind = kind;
        this.description = description;
        this.weight = weight;
        this.indicators = indicators;
        this.targets = targets;
        this.deadline = deadline;
        this.line = line;
    }

    String number() {
        return number;
    }

    Weight weight() {
        return weight;
    }

    LocalDate deadline() {
        return deadline;
    }

    int line() {
        return line;
    }

    List<ImportedPhase> phases() {
        return phases;
    }

    void add(ImportedPhase phase) {
        phases.add(phase);
    }

    boolean hasPhase(String phaseNumber) {
        return phases.stream().anyMatch(phase -> CellValues.sameNumber(phase.number(), phaseNumber));
    }

    ImportedObjective imported() {
        return new ImportedObjective(number, kind, description, weight, indicators, targets, deadline, line, phases);
    }
}
