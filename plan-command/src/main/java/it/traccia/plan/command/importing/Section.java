package it.traccia.plan.command.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A part of the draft being read (sezione): one structure with its head, or the common objectives (obiettivi comuni).
 * A structure that cannot be imported is still followed, so that its rows are skipped rather than misread.
 */
final class Section {

    private final String name;
    private final String head;
    private final String headTitle;
    private final int line;
    private final boolean imported;
    private final Map<ContextLabel, String> context = new EnumMap<>(ContextLabel.class);
    private final Map<ContextLabel, Integer> contextLines = new EnumMap<>(ContextLabel.class);
    private final List<ObjectiveDraft> objectives = new ArrayList<>();
    private boolean tableStarted;
    private String lastObjectiveNumber;
    private ObjectiveDraft lastObjective;

    private Section(String name, String head, String headTitle, int line, boolean imported) {
        this.name = name;
        this.head = head;
        this.headTitle = headTitle;
        this.line = line;
        this.imported = imported;
    }

    static Section structure(String name, String head, String headTitle, int line, boolean imported) {
        return new Section(name, head, headTitle, line, imported);
    }

    static Section common(int line) {
        return new Section(null, null, null, line, true);
    }

    /** The structure's name, or {@code null} for the common objectives. */
    String name() {
        return name;
    }

    String head() {
        return head;
    }

    String headTitle() {
        return headTitle;
    }

    int line() {
        return line;
    }

    boolean isCommon() {
        return name == null;
    }

    boolean isImported() {
        return imported;
    }

    boolean isNamed(String otherName) {
        return name != null && name.strip().toLowerCase(Locale.ITALIAN).equals(otherName.strip().toLowerCase(Locale.ITALIAN));
    }

    /** "della struttura Segreteria" or "degli obiettivi comuni", to complete a message. */
    String described() {
        return isCommon() ? "degli obiettivi comuni" : "della struttura " + name;
    }

    Map<ContextLabel, String> context() {
        return context;
    }

    Integer contextLine(ContextLabel label) {
        return contextLines.get(label);
    }

    void putContext(ContextLabel label, String value, int valueLine) {
        context.put(label, value);
        contextLines.put(label, valueLine);
    }

    boolean tableStarted() {
        return tableStarted;
    }

    void startTable() {
        tableStarted = true;
    }

    List<ObjectiveDraft> objectives() {
        return objectives;
    }

    boolean hasObjective(String number) {
        return objectives.stream().anyMatch(objective -> CellValues.sameNumber(objective.number(), number));
    }

    /** The number of the last objective row met, imported or not: the phases below it belong to it. */
    String lastObjectiveNumber() {
        return lastObjectiveNumber;
    }

    /** The last objective row met, or {@code null} when it was not imported. */
    ObjectiveDraft lastObjective() {
        return lastObjective;
    }

    void meetObjective(String number, ObjectiveDraft objective) {
        lastObjectiveNumber = number;
        lastObjective = objective;
        if (objective != null) {
            objectives.add(objective);
        }
    }
}
