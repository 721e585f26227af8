package it.traccia.plan.query.subject;

/**
 * Labels of the parts of a plan as a person reads them (oggetto della modifica), e.g. "Segreteria › obiettivo 6 › fase 6.1".
 */
public final class Subjects {

    /** The label of the objectives common to every structure, in front of their number. */
    public static final String COMMON_OBJECTIVES = "Obiettivi comuni";

    private static final String SEPARATOR = " › ";

    private Subjects() {
    }

    /** The plan itself, e.g. "Piano 2026 (triennio 2026–2028)". */
    public static String plan(int year, int firstYear, int lastYear) {
        return "Piano " + year + " (triennio " + firstYear + "–" + lastYear + ")";
    }

    /** A structure, by its name, e.g. "Segreteria". */
    public static String structure(String name) {
        return name;
    }

    /** An objective of a structure, e.g. "Segreteria › obiettivo 6". */
    public static String objective(String structureLabel, String number) {
        return structureLabel + SEPARATOR + "obiettivo " + number;
    }

    /** A common objective, e.g. "Obiettivi comuni › obiettivo 1". */
    public static String commonObjective(String number) {
        return objective(COMMON_OBJECTIVES, number);
    }

    /** A finding of the plan's import, by its number from 1, e.g. "Rilievo di importazione n. 1". */
    public static String importFinding(int number) {
        return "Rilievo di importazione n. " + number;
    }

    /** A phase of an objective, e.g. "Segreteria › obiettivo 6 › fase 6.1". */
    public static String phase(String objectiveLabel, String number) {
        return objectiveLabel + SEPARATOR + "fase " + number;
    }
}
