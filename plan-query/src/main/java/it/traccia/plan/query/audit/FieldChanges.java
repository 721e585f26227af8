package it.traccia.plan.query.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the fields an event changed (campi modificati) by comparing each new value with the one remembered, and
 * remembers the new value for the next event.
 */
final class FieldChanges {

    private final Map<String, String> values;
    private final List<AuditEntryDocument.Change> changes = new ArrayList<>();

    private FieldChanges(Map<String, String> values) {
        this.values = values;
    }

    static FieldChanges of(TrackedElement element) {
        return new FieldChanges(element.values());
    }

    /** Records the field if its value differs from the remembered one. */
    FieldChanges set(String field, String after) {
        return set(field, values.get(field), after);
    }

    /** Records the field with the value the event itself says it had before. */
    FieldChanges set(String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new AuditEntryDocument.Change(field, before, after));
        }
        if (after == null) {
            values.remove(field);
        } else {
            values.put(field, after);
        }
        return this;
    }

    List<AuditEntryDocument.Change> list() {
        return List.copyOf(changes);
    }
}
