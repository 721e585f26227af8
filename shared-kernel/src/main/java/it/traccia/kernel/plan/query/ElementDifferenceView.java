package it.traccia.kernel.plan.query;

import java.util.List;

/**
 * One element of the plan that differs between two versions (elemento modificato): which one, as people read it, and
 * each field with its value before and after as text (weights as written, dates {@code yyyy-MM-dd}); an added element
 * has only "after" values, a removed one only "before" values.
 *
 * @param element STRUCTURE, OBJECTIVE, COMMON_OBJECTIVE or PHASE
 * @param subject e.g. "Segreteria › obiettivo 6 › fase 6.1"
 */
public record ElementDifferenceView(String element, String id, String subject, List<FieldChange> changes) {

    public ElementDifferenceView {
        changes = List.copyOf(changes);
    }

    /** Whether the element's weight is one of its changes. */
    public boolean weightChanged() {
        return changes.stream().anyMatch(change -> change.field().equals("weight"));
    }
}
