package it.traccia.plan.command;

import it.traccia.kernel.StructureId;

import java.util.Locale;

/**
 * A structure (struttura, area or settore) of the plan, with its head (Responsabile), the head's title if known
 * ("Segretario Generale") and, once set, its strategic context.
 */
record Structure(StructureId id, String name, String head, String headTitle, StrategicContext context) {

    Structure withContext(StrategicContext newContext) {
        return new Structure(id, name, head, headTitle, newContext);
    }

    /** Whether this structure bears the name, ignoring case and surrounding blanks. */
    boolean isNamed(String otherName) {
        return comparable(name).equals(comparable(otherName));
    }

    private static String comparable(String name) {
        return name.strip().toLowerCase(Locale.ITALIAN);
    }
}
