package it.traccia.app.web.page;

import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.importing.ImportedObjective;
import it.traccia.kernel.plan.importing.ImportedPhase;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.plan.importing.ImportedStructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The plan as an import read it, before it is created (anteprima dell'importazione): per structure its rows as the
 * comune prints them, each finding (rilievo) beside the row it concerns, and those that concern no row on their own.
 *
 * @param token    names this preview in the user's session, so that "Importa" creates the plan from the very bytes shown
 * @param general  the findings that concern no row: of the document, of a structure's heading
 */
public record ImportPreview(String token, ImportSource source, ImportedPlan plan, long errors, long warnings,
                            List<Section> sections, List<ImportFinding> general) {

    /** A structure, or the common objectives (with no head), and its rows. */
    public record Section(String name, String head, boolean common, List<Row> rows, List<ImportFinding> findings) {
    }

    /** An objective or a phase as read, with the findings about it. */
    public record Row(boolean phase, String number, String description, BigDecimal weight, String indicators,
                      String targets, LocalDate deadline, List<ImportFinding> findings) {
    }

    public static ImportPreview of(String token, ImportSource source, ImportResult result) {
        List<ImportFinding> left = new ArrayList<>(result.findings());
        List<Section> sections = new ArrayList<>();
        for (ImportedStructure structure : result.plan().structures()) {
            String head = structure.headTitle() == null ? structure.head() : structure.headTitle() + " " + structure.head();
            sections.add(section(structure.name(), head, false, structure.objectives(), left));
        }
        if (!result.plan().commonObjectives().isEmpty()) {
            sections.add(section(null, null, true, result.plan().commonObjectives(), left));
        }
        long errors = result.findings().stream().filter(finding -> finding.severity() == FindingSeverity.ERROR).count();
        return new ImportPreview(token, source, result.plan(), errors, result.findings().size() - errors, sections,
                List.copyOf(left));
    }

    /** Takes from {@code left} the findings of this section's rows, and of the section itself. */
    private static Section section(String name, String head, boolean common, List<ImportedObjective> objectives,
                                   List<ImportFinding> left) {
        List<Row> rows = new ArrayList<>();
        for (ImportedObjective objective : objectives) {
            rows.add(new Row(false, objective.number(), objective.description(), valueOf(objective.weight()),
                    objective.indicators(), objective.targets(), objective.deadline(),
                    take(left, name, common, objective.number(), null)));
            for (ImportedPhase phase : objective.phases()) {
                rows.add(new Row(true, phase.number(), phase.description(), valueOf(phase.weight()), phase.indicator(),
                        phase.target(), phase.deadline(), take(left, name, common, objective.number(), phase.number())));
            }
        }
        List<ImportFinding> own = common ? List.of() : take(left, name, false, null, null);
        return new Section(name, head, common, rows, own);
    }

    private static List<ImportFinding> take(List<ImportFinding> left, String structure, boolean common,
                                            String objectiveNumber, String phaseNumber) {
        List<ImportFinding> taken = left.stream()
                .filter(finding -> common ? finding.structure() == null : structure.equals(finding.structure()))
                .filter(finding -> Objects.equals(finding.objectiveNumber(), objectiveNumber)
                        && Objects.equals(finding.phaseNumber(), phaseNumber))
                .toList();
        left.removeAll(taken);
        return taken;
    }

    private static BigDecimal valueOf(Weight weight) {
        return weight == null ? null : weight.value();
    }
}
