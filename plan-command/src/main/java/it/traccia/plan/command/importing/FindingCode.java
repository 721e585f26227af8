package it.traccia.plan.command.importing;

import it.traccia.kernel.plan.importing.FindingSeverity;

/**
 * The stable codes of import findings (codici dei rilievi) with their severity: an {@link FindingSeverity#ERROR} blocks
 * submission to the Giunta, a {@link FindingSeverity#WARNING} does not.
 */
public enum FindingCode {
    /** A date that does not exist or cannot be read, e.g. 31.06.2026; imported as a missing deadline. */
    INVALID_DATE("InvalidDate", FindingSeverity.ERROR),
    /** A deadline outside the plan's triennio, e.g. 31.12.2030 in a plan 2026/2028; imported as a missing deadline. */
    DEADLINE_OUTSIDE_TRIENNIO("DeadlineOutsideTriennio", FindingSeverity.ERROR),
    /** A phase due after its objective. */
    PHASE_DUE_AFTER_OBJECTIVE("PhaseDueAfterObjective", FindingSeverity.ERROR),
    /** A weight set (objectives of a structure, phases of an objective, common objectives) not summing to 100. */
    WEIGHTS_DO_NOT_SUM_TO_HUNDRED("WeightsDoNotSumToHundred", FindingSeverity.ERROR),
    /** A row that cannot be read (wrong number of cells, unknown content); not imported. */
    UNREADABLE_ROW("UnreadableRow", FindingSeverity.ERROR),
    /** A weight that cannot be read, e.g. "dieci"; imported as 0. */
    INVALID_WEIGHT("InvalidWeight", FindingSeverity.ERROR),
    /** A number already used in the same set; the row (and, for an objective, its phases) is not imported. */
    DUPLICATE_NUMBER("DuplicateNumber", FindingSeverity.ERROR),
    /** A phase whose number does not belong to the objective above it; not imported. */
    PHASE_NUMBER_OUTSIDE_OBJECTIVE("PhaseNumberOutsideObjective", FindingSeverity.ERROR),
    /** An objective or phase without indicator. */
    MISSING_INDICATOR("MissingIndicator", FindingSeverity.ERROR),
    /** An objective or phase without target. */
    MISSING_TARGET("MissingTarget", FindingSeverity.ERROR),
    /** An objective or phase without deadline. */
    MISSING_DEADLINE("MissingDeadline", FindingSeverity.ERROR),
    /** An objective or phase without description; not imported. */
    MISSING_DESCRIPTION("MissingDescription", FindingSeverity.ERROR),
    /** An objective whose description does not say its kind; not imported, nor are its phases. */
    MISSING_OBJECTIVE_KIND("MissingObjectiveKind", FindingSeverity.ERROR),
    /** A structure heading without Responsabile; the structure and its rows are not imported. */
    MISSING_HEAD("MissingHead", FindingSeverity.ERROR),
    /** A structure named like an earlier one; it and its rows are not imported. */
    DUPLICATE_STRUCTURE("DuplicateStructure", FindingSeverity.ERROR),
    /** A table or context row before any structure heading; not imported. */
    ROW_OUTSIDE_STRUCTURE("RowOutsideStructure", FindingSeverity.ERROR),
    /** A structure without strategic context. */
    MISSING_STRATEGIC_CONTEXT("MissingStrategicContext", FindingSeverity.ERROR),
    /** A strategic context lacking one of its rows; not imported. */
    INCOMPLETE_STRATEGIC_CONTEXT("IncompleteStrategicContext", FindingSeverity.ERROR),
    /** A text longer than the plan accepts; the element is not imported. */
    TEXT_TOO_LONG("TextTooLong", FindingSeverity.ERROR),
    /** A mission title that is not one of the 23 missions; the mission code stays empty. */
    UNKNOWN_MISSION("UnknownMission", FindingSeverity.WARNING),
    /** A text export that was not UTF-8 and was read as Windows-1252. */
    WINDOWS_1252_ENCODING("Windows1252Encoding", FindingSeverity.WARNING);

    private final String code;
    private final FindingSeverity severity;

    FindingCode(String code, FindingSeverity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The stable code written in each finding, e.g. {@code InvalidDate}. */
    public String code() {
        return code;
    }

    public FindingSeverity severity() {
        return severity;
    }
}
