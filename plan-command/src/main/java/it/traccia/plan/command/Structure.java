package it.traccia.plan.command;

import it.traccia.kernel.StructureId;

import java.util.Locale;
import java.util.Objects;

/**
 * A structure (struttura, area or settore) of the plan, with its head (Responsabile) as the plan prints them, the head's
 * title if known ("Segretario Generale"), the user who heads it once assigned ({@code null} until then) and, once set,
 * its strategic context.
 */
record Structure(StructureId id, String name, String head, String headTitle, String headUserId, StrategicContext context) {

    Structure withContext(StrategicContext newContext) {
        return new Structure(id, name, head, headTitle, headUserId, newContext);
    }

    Structure headedBy(String userId, String headName, String title) {
        return new Structure(id, name, headName, title, userId, context);
    }

    /** Whether the user is the one assigned to head this structure. */
    boolean isHeadedBy(String userId) {
        return headUserId != null && headUserId.equals(userId);
    }

    /** Whether the assignment would change nothing the plan knows of its head. */
    boolean hasHead(String userId, String headName, String title) {
        return Objects.equals(headUserId, userId) && Objects.equals(head, headName) && Objects.equals(headTitle, title);
    }

    /** Whether this structure bears the name, ignoring case and surrounding blanks. */
    boolean isNamed(String otherName) {
        return comparable(name).equals(comparable(otherName));
    }

    private static String comparable(String name) {
        return name.strip().toLowerCase(Locale.ITALIAN);
    }
}
