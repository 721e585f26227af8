package it.traccia.plan.command.importing;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportedObjective;
import it.traccia.kernel.plan.importing.ImportedPhase;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.plan.importing.ImportedStrategicContext;
import it.traccia.kernel.plan.importing.ImportedStructure;
import it.traccia.kernel.rule.UnreadableDocument;
import it.traccia.plan.command.TextLimits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the rows of a draft (righe della bozza), whichever reader gave them, into the plan as written and its findings.
 * It never corrects a value: what it cannot read it leaves out or empty, and says so in a finding.
 */
final class DraftInterpreter {

    private static final int CELLS = 6;
    private static final int NUMBER = 0;
    private static final int DESCRIPTION = 1;
    private static final int WEIGHT = 2;
    private static final int INDICATOR = 3;
    private static final int TARGET = 4;
    private static final int DEADLINE = 5;
    private static final Pattern STRUCTURE = Pattern.compile("struttura\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMON = Pattern.compile("obiettivi\\s+comuni\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_HEADER = Pattern.compile("n\\s*[°º.]?|nr\\.?|num\\.?|numero", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Pattern HEAD_SEPARATOR = Pattern.compile("\\s+[-–]\\s+");

    private final Findings findings;
    private final PlanHeading heading = new PlanHeading();
    private final List<Section> structures = new ArrayList<>();
    private Section common;
    private Section current;
    private boolean bodyStarted;
    private boolean tableSeen;
    private String objectiveOutsideStructure;

    DraftInterpreter(Findings findings) {
        this.findings = findings;
    }

    ImportResult interpret(List<DocumentRow> rows) {
        for (DocumentRow row : joinContinuations(rows)) {
            interpret(row);
        }
        if (!bodyStarted) {
            heading.requireComplete();
        }
        if (!tableSeen) {
            throw new UnreadableDocument("non contiene la tabella degli obiettivi");
        }
        heading.checkProvince(findings);
        List<ImportedStructure> importedStructures = structures.stream().map(this::imported).toList();
        ImportedStrategicContext commonContext = common == null ? null : context(common);
        List<ImportedObjective> commonObjectives = common == null ? List.of() : objectives(common);
        ImportedPlan plan = new ImportedPlan(heading.organisation(), heading.province(), heading.firstYear(),
                heading.lastYear(), heading.year(), importedStructures, commonContext, commonObjectives);
        return new ImportResult(plan, findings.sorted());
    }

    /** Cleans every cell and puts the cells continued on later lines (after a page break) back into their row. */
    private List<DocumentRow> joinContinuations(List<DocumentRow> rows) {
        List<DocumentRow> joined = new ArrayList<>();
        int continued = -1;
        for (DocumentRow raw : rows) {
            DocumentRow row = new DocumentRow(raw.line(), raw.cells().stream().map(WrittenText::clean).toList());
            if (row.isBlank()) {
                continue;
            }
            if (row.isContinuation() && continued >= 0) {
                joined.set(continued, continuation(joined.get(continued), row));
                continue;
            }
            joined.add(row);
            continued = row.mayBeContinued() ? joined.size() - 1 : -1;
        }
        return joined;
    }

    private DocumentRow continuation(DocumentRow row, DocumentRow more) {
        List<String> cells = new ArrayList<>(row.cells());
        for (int index = 1; index < more.cells().size(); index++) {
            String text = more.cell(index);
            if (text.isEmpty()) {
                continue;
            }
            if (index < cells.size()) {
                cells.set(index, WrittenText.join(cells.get(index), text));
            } else {
                findings.add(FindingCode.UNREADABLE_ROW, more.line(), null, null, null, "Il testo della riga " + more.line()
                        + " continua la colonna " + (index + 1) + ", che la riga " + row.line() + " non ha: non è importato");
            }
        }
        return new DocumentRow(row.line(), cells);
    }

    private void interpret(DocumentRow row) {
        String first = row.cell(NUMBER);
        String text = row.text();
        Matcher structure = STRUCTURE.matcher(text);
        Optional<String> objectiveNumber = CellValues.objectiveNumber(first);
        Optional<String> phaseNumber = CellValues.phaseNumber(first);
        if (row.isContinuation()) {
            unreadable(row, "continua le celle di una riga precedente, ma non segue nessuna riga della tabella");
        } else if (structure.matches()) {
            startBody();
            startStructure(row, structure.group(1));
        } else if (row.filledCells() == 1 && COMMON.matcher(text).matches()) {
            startBody();
            startCommon(row);
        } else if (row.cells().size() > 1 && ContextLabel.of(first).isPresent()) {
            startBody();
            context(row, ContextLabel.of(first).orElseThrow());
        } else if (row.cells().size() > 1 && isTableHeader(row)) {
            startBody();
            tableSeen = true;
            if (current != null) {
                current.startTable();
            }
        } else if (objectiveNumber.isPresent()) {
            startBody();
            objective(row, objectiveNumber.get());
        } else if (phaseNumber.isPresent()) {
            startBody();
            phase(row, phaseNumber.get());
        } else if (!bodyStarted) {
            heading.read(row);
        } else {
            unreadable(row, "non è un'intestazione di struttura, una riga del contesto strategico né una riga della tabella");
        }
    }

    private static boolean isTableHeader(DocumentRow row) {
        return TABLE_HEADER.matcher(row.cell(NUMBER)).matches() || row.cell(DESCRIPTION).toLowerCase(Locale.ROOT).startsWith("descrizione");
    }

    private void startBody() {
        if (!bodyStarted) {
            heading.requireComplete();
            bodyStarted = true;
        }
    }

    private void startStructure(DocumentRow row, String heading) {
        String[] nameAndHead = HEAD_SEPARATOR.split(heading, 2);
        String name = WrittenText.titleCaseOfCapitals(nameAndHead[0].strip());
        String head = null;
        String headTitle = null;
        if (nameAndHead.length == 2) {
            String person = nameAndHead[1];
            int colon = person.indexOf(':');
            headTitle = colon < 0 ? null : WrittenText.orNull(WrittenText.titleCaseOfCapitals(person.substring(0, colon).strip()));
            head = WrittenText.orNull(WrittenText.titleCaseOfCapitals(person.substring(colon + 1).strip()));
        }
        boolean imported = false;
        if (name.isEmpty()) {
            unreadable(row, "è un'intestazione di struttura senza nome: le righe che seguono non sono importate");
        } else if (head == null) {
            findings.add(FindingCode.MISSING_HEAD, row.line(), name, null, null, "La struttura " + name
                    + " non indica il Responsabile (\"STRUTTURA: nome - ruolo: Responsabile\"): non è importata, né i suoi obiettivi");
        } else if (Stream.of(name, head, headTitle).anyMatch(DraftInterpreter::exceedsShortText)) {
            findings.add(FindingCode.TEXT_TOO_LONG, row.line(), null, null, null, "Il nome, il Responsabile o il ruolo della struttura "
                    + "superano i " + TextLimits.SHORT_TEXT + " caratteri: la struttura non è importata, né i suoi obiettivi");
        } else if (structures.stream().anyMatch(earlier -> earlier.isNamed(name))) {
            findings.add(FindingCode.DUPLICATE_STRUCTURE, row.line(), name, null, null, "La struttura " + name
                    + " compare già prima nel documento: questa seconda non è importata, né i suoi obiettivi");
        } else {
            imported = true;
        }
        current = Section.structure(name, head, headTitle, row.line(), imported);
        if (imported) {
            structures.add(current);
        }
    }

    private void startCommon(DocumentRow row) {
        if (common == null) {
            common = Section.common(row.line());
        }
        current = common;
    }

    private void context(DocumentRow row, ContextLabel label) {
        if (current == null) {
            findings.add(FindingCode.ROW_OUTSIDE_STRUCTURE, row.line(), null, null, null, "La riga \"" + label.written()
                    + "\" precede ogni intestazione di struttura: non è importata");
        } else if (!current.isImported()) {
            return;
        } else if (current.tableStarted()) {
            unreadable(row, "è una riga del contesto strategico (" + label.written() + ") dentro la tabella "
                    + current.described() + ": non è importata");
        } else if (current.context().containsKey(label)) {
            unreadable(row, "ripete la riga \"" + label.written() + "\" " + current.described() + ": vale la prima");
        } else {
            current.putContext(label, row.textAfterFirst(), row.line());
        }
    }

    private void objective(DocumentRow row, String number) {
        tableSeen = true;
        if (current == null) {
            objectiveOutsideStructure = number;
            findings.add(FindingCode.ROW_OUTSIDE_STRUCTURE, row.line(), null, number, null, "L'obiettivo " + number
                    + " precede ogni intestazione di struttura: non è importato, né le sue fasi");
            return;
        }
        current.startTable();
        if (!current.isImported()) {
            return;
        }
        current.meetObjective(number, readObjective(row, number));
    }

    private ObjectiveDraft readObjective(DocumentRow row, String number) {
        Section section = current;
        String where = "L'obiettivo " + number + " " + section.described();
        int cells = row.cellCount(CELLS);
        if (cells != CELLS) {
            findings.add(FindingCode.UNREADABLE_ROW, row.line(), section.name(), number, null, where + " ha " + cells
                    + (cells == 1 ? " cella" : " celle") + " invece di " + CELLS + ": non è importato, né le sue fasi");
            return null;
        }
        if (section.hasObjective(number)) {
            findings.add(FindingCode.DUPLICATE_NUMBER, row.line(), section.name(), number, null, "Il numero " + number
                    + " è già usato da un altro obiettivo " + section.described() + ": questa riga non è importata, né le sue fasi");
            return null;
        }
        String description = row.cell(DESCRIPTION);
        if (description.isEmpty()) {
            findings.add(FindingCode.MISSING_DESCRIPTION, row.line(), section.name(), number, null,
                    where + " non ha descrizione: non è importato, né le sue fasi");
            return null;
        }
        Optional<ObjectiveKind> kind = CellValues.kind(description);
        if (kind.isEmpty()) {
            findings.add(FindingCode.MISSING_OBJECTIVE_KIND, row.line(), section.name(), number, null, where
                    + " non dice se è \"Obiettivo obbligatorio di legge:\", \"Obiettivo di sviluppo:\" o "
                    + "\"Obiettivo di mantenimento:\": non è importato, né le sue fasi");
            return null;
        }
        if (Stream.of(description, row.cell(INDICATOR), row.cell(TARGET)).anyMatch(DraftInterpreter::exceedsLongText)) {
            findings.add(FindingCode.TEXT_TOO_LONG, row.line(), section.name(), number, null, where + " ha un testo di oltre "
                    + TextLimits.LONG_TEXT + " caratteri: non è importato, né le sue fasi");
            return null;
        }
        Weight weight = weight(row, section, number, null, where);
        String indicators = required(row, INDICATOR, FindingCode.MISSING_INDICATOR, section, number, null,
                where + " non ha indicatori di misurazione");
        String targets = required(row, TARGET, FindingCode.MISSING_TARGET, section, number, null,
                where + " non ha valori attesi");
        LocalDate deadline = deadline(row, section, number, null, where);
        return new ObjectiveDraft(number, kind.get(), description, weight, indicators, targets, deadline, row.line());
    }

    private void phase(DocumentRow row, String number) {
        tableSeen = true;
        String objectiveNumber = CellValues.objectiveOf(number);
        if (current == null) {
            if (objectiveOutsideStructure == null || !CellValues.sameNumber(objectiveOutsideStructure, objectiveNumber)) {
                findings.add(FindingCode.ROW_OUTSIDE_STRUCTURE, row.line(), null, null, number, "La fase " + number
                        + " precede ogni intestazione di struttura: non è importata");
            }
            return;
        }
        current.startTable();
        if (!current.isImported()) {
            return;
        }
        String above = current.lastObjectiveNumber();
        if (above == null || !CellValues.sameNumber(above, objectiveNumber)) {
            findings.add(FindingCode.PHASE_NUMBER_OUTSIDE_OBJECTIVE, row.line(), current.name(), above, number, "La fase "
                    + number + " " + current.described() + (above == null ? " non segue alcun obiettivo"
                    : " non appartiene all'obiettivo " + above + " che la precede") + ": non è importata");
            return;
        }
        ObjectiveDraft objective = current.lastObjective();
        if (objective != null) {
            readPhase(row, number, objective);
        }
    }

    private void readPhase(DocumentRow row, String number, ObjectiveDraft objective) {
        Section section = current;
        String objectiveNumber = objective.number();
        String where = "La fase " + number + " " + section.described();
        int cells = row.cellCount(CELLS);
        if (cells != CELLS) {
            findings.add(FindingCode.UNREADABLE_ROW, row.line(), section.name(), objectiveNumber, number, where + " ha "
                    + cells + (cells == 1 ? " cella" : " celle") + " invece di " + CELLS + ": non è importata");
            return;
        }
        if (objective.hasPhase(number)) {
            findings.add(FindingCode.DUPLICATE_NUMBER, row.line(), section.name(), objectiveNumber, number, "Il numero "
                    + number + " è già usato da un'altra fase " + section.described() + ": questa riga non è importata");
            return;
        }
        String description = row.cell(DESCRIPTION);
        if (description.isEmpty()) {
            findings.add(FindingCode.MISSING_DESCRIPTION, row.line(), section.name(), objectiveNumber, number,
                    where + " non ha descrizione: non è importata");
            return;
        }
        if (Stream.of(description, row.cell(INDICATOR), row.cell(TARGET)).anyMatch(DraftInterpreter::exceedsLongText)) {
            findings.add(FindingCode.TEXT_TOO_LONG, row.line(), section.name(), objectiveNumber, number, where
                    + " ha un testo di oltre " + TextLimits.LONG_TEXT + " caratteri: non è importata");
            return;
        }
        Weight weight = weight(row, section, objectiveNumber, number, where);
        String indicator = required(row, INDICATOR, FindingCode.MISSING_INDICATOR, section, objectiveNumber, number,
                where + " non ha indicatore di misurazione");
        String target = required(row, TARGET, FindingCode.MISSING_TARGET, section, objectiveNumber, number,
                where + " non ha valore atteso");
        LocalDate deadline = deadline(row, section, objectiveNumber, number, where);
        if (deadline != null && objective.deadline() != null && deadline.isAfter(objective.deadline())) {
            findings.add(FindingCode.PHASE_DUE_AFTER_OBJECTIVE, row.line(), section.name(), objectiveNumber, number, where
                    + " scade il " + row.cell(DEADLINE) + ", dopo il suo obiettivo " + objectiveNumber + " che scade il "
                    + objective.deadline().format(WRITTEN_DATE));
        }
        objective.add(new ImportedPhase(number, description, weight, indicator, target, deadline, row.line()));
    }

    private Weight weight(DocumentRow row, Section section, String objectiveNumber, String phaseNumber, String where) {
        String written = row.cell(WEIGHT);
        Optional<Weight> weight = CellValues.weight(written);
        if (weight.isEmpty()) {
            findings.add(FindingCode.INVALID_WEIGHT, row.line(), section.name(), objectiveNumber, phaseNumber,
                    (written.isEmpty() ? where + " non ha peso" : "Il peso '" + written + "' " + of(where)
                            + " non è un numero da 0 a 100 con al massimo due decimali") + ": è importato come 0");
            return Weight.ZERO;
        }
        return weight.get();
    }

    private String required(DocumentRow row, int cell, FindingCode missing, Section section, String objectiveNumber,
                            String phaseNumber, String message) {
        String text = WrittenText.orNull(row.cell(cell));
        if (text == null) {
            findings.add(missing, row.line(), section.name(), objectiveNumber, phaseNumber, message);
        }
        return text;
    }

    private LocalDate deadline(DocumentRow row, Section section, String objectiveNumber, String phaseNumber, String where) {
        String written = row.cell(DEADLINE);
        if (written.isEmpty()) {
            findings.add(FindingCode.MISSING_DEADLINE, row.line(), section.name(), objectiveNumber, phaseNumber,
                    where + " non ha data fine attesa");
            return null;
        }
        Optional<LocalDate> deadline = CellValues.date(written);
        if (deadline.isEmpty()) {
            findings.add(FindingCode.INVALID_DATE, row.line(), section.name(), objectiveNumber, phaseNumber, "La data '"
                    + written + "' " + of(where) + (CellValues.looksLikeDate(written) ? " non esiste"
                    : " non è una data gg.mm.aaaa") + ": la data fine attesa è importata vuota");
            return null;
        }
        int year = deadline.get().getYear();
        if (year < heading.firstYear() || year > heading.lastYear()) {
            findings.add(FindingCode.DEADLINE_OUTSIDE_TRIENNIO, row.line(), section.name(), objectiveNumber, phaseNumber,
                    "La data fine attesa " + written + " " + of(where) + " è fuori dal triennio " + heading.firstYear()
                            + "/" + heading.lastYear() + ": è importata vuota");
            return null;
        }
        return deadline.get();
    }

    /** "L'obiettivo 3 della struttura X" → "dell'obiettivo 3 della struttura X"; "La fase 1.1 …" → "della fase 1.1 …". */
    private static String of(String where) {
        return where.startsWith("La ") ? "della " + where.substring(3) : "dell'" + where.substring(2);
    }

    private void unreadable(DocumentRow row, String why) {
        String structure = current == null ? null : current.name();
        findings.add(FindingCode.UNREADABLE_ROW, row.line(), structure, null, null, "La riga " + row.line() + " " + why);
    }

    private ImportedStructure imported(Section structure) {
        return new ImportedStructure(structure.name(), structure.head(), structure.headTitle(), context(structure),
                objectives(structure));
    }

    /** The context as written, or {@code null} (with a finding) when a structure lacks one or a part of it. */
    private ImportedStrategicContext context(Section section) {
        if (section.context().isEmpty()) {
            if (!section.isCommon()) {
                findings.add(FindingCode.MISSING_STRATEGIC_CONTEXT, section.line(), section.name(), null, null,
                        "La struttura " + section.name() + " non ha il contesto strategico (linea strategica, obiettivo "
                                + "strategico, missione, obiettivo operativo)");
            }
            return null;
        }
        List<String> missing = Stream.of(ContextLabel.values())
                .filter(label -> label != ContextLabel.MISSION || !section.isCommon())
                .filter(label -> section.context().getOrDefault(label, "").isBlank())
                .map(ContextLabel::written)
                .toList();
        if (!missing.isEmpty()) {
            findings.add(FindingCode.INCOMPLETE_STRATEGIC_CONTEXT, section.line(), section.name(), null, null,
                    "Nel contesto strategico " + section.described() + " manca: " + String.join(", ", missing)
                            + ". Il contesto non è importato");
            return null;
        }
        if (section.context().values().stream().anyMatch(DraftInterpreter::exceedsLongText)) {
            findings.add(FindingCode.TEXT_TOO_LONG, section.line(), section.name(), null, null, "Il contesto strategico "
                    + section.described() + " ha un testo di oltre " + TextLimits.LONG_TEXT + " caratteri: non è importato");
            return null;
        }
        String missionTitle = WrittenText.orNull(CellValues.missionTitle(section.context().getOrDefault(ContextLabel.MISSION, "")));
        MissionCode missionCode = null;
        if (missionTitle != null) {
            missionCode = CellValues.mission(missionTitle).orElse(null);
            if (missionCode == null) {
                findings.add(FindingCode.UNKNOWN_MISSION, section.contextLine(ContextLabel.MISSION), section.name(), null, null,
                        "La missione \"" + missionTitle + "\" " + section.described()
                                + " non è una delle 23 missioni del D.Lgs. 118/2011: il codice della missione resta vuoto");
            }
        }
        return new ImportedStrategicContext(section.context().get(ContextLabel.STRATEGIC_LINE),
                section.context().get(ContextLabel.STRATEGIC_OBJECTIVE), missionCode, missionTitle,
                section.context().get(ContextLabel.OPERATIONAL_OBJECTIVE));
    }

    /** The section's objectives, checking that each weight set sums to 100. */
    private List<ImportedObjective> objectives(Section section) {
        List<ObjectiveDraft> objectives = section.objectives();
        String set = section.isCommon() ? "degli obiettivi comuni" : "degli obiettivi della struttura " + section.name();
        requireHundred(objectives.stream().map(ObjectiveDraft::weight).toList(), section.line(), section, null, set);
        for (ObjectiveDraft objective : objectives) {
            requireHundred(objective.phases().stream().map(ImportedPhase::weight).toList(), objective.line(), section,
                    objective.number(), "delle fasi dell'obiettivo " + objective.number() + " " + section.described());
        }
        return objectives.stream().map(ObjectiveDraft::imported).toList();
    }

    private void requireHundred(List<Weight> weights, int line, Section section, String objectiveNumber, String set) {
        WeightSum sum = WeightSum.of(weights);
        if (!sum.balanced()) {
            findings.add(FindingCode.WEIGHTS_DO_NOT_SUM_TO_HUNDRED, line, section.name(), objectiveNumber, null,
                    "I pesi " + set + " sommano a " + sum.total().toPlainString() + "%, non a 100%");
        }
    }

    private static boolean exceedsShortText(String text) {
        return text != null && text.length() > TextLimits.SHORT_TEXT;
    }

    private static boolean exceedsLongText(String text) {
        return text != null && text.length() > TextLimits.LONG_TEXT;
    }
}
