package it.traccia.plan.query.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A part of the plan as the audit trail remembers it (elemento tracciato): its label, where it sits, and the current value of
 * each of its fields as text, so that the next event can say what a field was before.
 */
final class TrackedElement {

    private final TrackedKind kind;
    private final String id;
    private final String structureId;
    private final String objectiveId;
    private final String label;
    private final Map<String, String> values;

    TrackedElement(TrackedKind kind, String id, String structureId, String objectiveId, String label, Map<String, String> values) {
        this.kind = kind;
        this.id = id;
        this.structureId = structureId;
        this.objectiveId = objectiveId;
        this.label = label;
        this.values = values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
    }

    boolean is(TrackedKind kind, String id) {
        return this.kind == kind && this.id.equals(id);
    }

    TrackedKind kind() {
        return kind;
    }

    String id() {
        return id;
    }

    String structureId() {
        return structureId;
    }

    String objectiveId() {
        return objectiveId;
    }

    String label() {
        return label;
    }

    /** The current values, changed in place by {@link FieldChanges}. */
    Map<String, String> values() {
        return values;
    }
}
