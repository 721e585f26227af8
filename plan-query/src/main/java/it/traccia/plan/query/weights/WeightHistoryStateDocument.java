package it.traccia.plan.query.weights;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * What the weight history remembers of one plan (stato della storia dei pesi): its organisation, by which readers are
 * admitted, the label of every structure, objective and
 * phase, and the sequence of the last event applied, so that a redelivery is ignored.
 */
@Document(WeightHistoryStateDocument.COLLECTION)
public final class WeightHistoryStateDocument {

    /** The MongoDB collection of the weight history's per-plan state. */
    public static final String COLLECTION = "weight_history_states";

    @Id
    private final String id;
    private final String organisationId;
    private final String organisation;
    private final List<SubjectLabel> labels;
    private long lastSequence;

    WeightHistoryStateDocument(String id, String organisationId, String organisation, List<SubjectLabel> labels,
                               long lastSequence) {
        this.id = id;
        this.organisationId = organisationId;
        this.organisation = organisation;
        this.labels = labels == null ? new ArrayList<>() : new ArrayList<>(labels);
        this.lastSequence = lastSequence;
    }

    /** The state of a plan of which no event has been applied yet. */
    static WeightHistoryStateDocument opened(String planId, String organisationId, String organisation) {
        return new WeightHistoryStateDocument(planId, organisationId, organisation, List.of(), -1);
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void applied(long sequence) {
        this.lastSequence = sequence;
    }

    void remember(SubjectLabel.Kind kind, String elementId, String label) {
        labels.removeIf(known -> known.is(kind, elementId));
        labels.add(new SubjectLabel(kind, elementId, label));
    }

    /** The element's label, or its id when this history never saw it defined. */
    String label(SubjectLabel.Kind kind, String elementId) {
        return labels.stream().filter(known -> known.is(kind, elementId)).findFirst()
                .map(SubjectLabel::label).orElse(elementId);
    }

    String organisationId() {
        return organisationId;
    }

    String organisation() {
        return organisation;
    }

    String id() {
        return id;
    }
}
