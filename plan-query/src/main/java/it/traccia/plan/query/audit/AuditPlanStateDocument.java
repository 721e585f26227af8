package it.traccia.plan.query.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the audit trail remembers of one plan (stato dello storico): its organisation, by which readers are admitted,
 * the label and current field values of the plan and of
 * every structure, objective and phase, how many entries the trail holds and the sequence of the last event applied, so
 * that a redelivery is ignored; its size does not grow with the plan's history.
 */
@Document(AuditPlanStateDocument.COLLECTION)
public final class AuditPlanStateDocument {

    /** The MongoDB collection of the audit trail's per-plan state. */
    public static final String COLLECTION = "audit_plan_states";

    @Id
    private final String id;
    private final String organisationId;
    private final String organisation;
    private final List<TrackedElement> elements;
    private long entries;
    private long lastSequence;

    AuditPlanStateDocument(String id, String organisationId, String organisation, List<TrackedElement> elements,
                           long entries, long lastSequence) {
        this.id = id;
        this.organisationId = organisationId;
        this.organisation = organisation;
        this.elements = elements == null ? new ArrayList<>() : new ArrayList<>(elements);
        this.entries = entries;
        this.lastSequence = lastSequence;
    }

    /** The state of a plan of which no event has been applied yet. */
    static AuditPlanStateDocument opened(String planId, String organisationId, String organisation) {
        return new AuditPlanStateDocument(planId, organisationId, organisation, List.of(), 0, -1);
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    /** Remembers that the entry of this event was written. */
    void applied(long sequence) {
        this.lastSequence = sequence;
        entries++;
    }

    /** How many entries the trail of the plan holds. */
    long entries() {
        return entries;
    }

    /** The sequence of the last event whose entry was written, -1 before the first. */
    long lastSequence() {
        return lastSequence;
    }

    /** Starts tracking a part of the plan, replacing what was tracked under the same kind and id. */
    TrackedElement track(TrackedKind kind, String elementId, String structureId, String objectiveId, String label) {
        forget(kind, elementId);
        TrackedElement element = new TrackedElement(kind, elementId, structureId, objectiveId, label, null);
        elements.add(element);
        return element;
    }

    Optional<TrackedElement> element(TrackedKind kind, String elementId) {
        return elements.stream().filter(element -> element.is(kind, elementId)).findFirst();
    }

    /** The tracked element, or a new one labelled by its id when the trail never saw it defined. */
    TrackedElement elementOrUnknown(TrackedKind kind, String elementId, String structureId, String objectiveId) {
        return element(kind, elementId).orElseGet(() -> track(kind, elementId, structureId, objectiveId, elementId));
    }

    /** The plan's label, e.g. "Piano 2026 (triennio 2026–2028)", or its id before it was defined. */
    String planLabel() {
        return element(TrackedKind.PLAN, id).map(TrackedElement::label).orElse(id);
    }

    void forget(TrackedKind kind, String elementId) {
        elements.removeIf(element -> element.is(kind, elementId));
    }

    void forgetAll(TrackedKind kind) {
        elements.removeIf(element -> element.kind() == kind);
    }

    /** Forgets a structure with every objective and phase tracked under it. */
    void forgetStructure(String structureId) {
        elements.removeIf(element -> element.kind() != TrackedKind.PLAN && structureId.equals(element.structureId()));
    }

    void forgetPhasesOf(String objectiveId) {
        elements.removeIf(element -> element.kind() == TrackedKind.PHASE && objectiveId.equals(element.objectiveId()));
    }

    String id() {
        return id;
    }

    String organisationId() {
        return organisationId;
    }

    String organisation() {
        return organisation;
    }
}
