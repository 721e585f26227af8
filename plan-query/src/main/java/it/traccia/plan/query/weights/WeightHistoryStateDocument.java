package it.traccia.plan.query.weights;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * What the weight history remembers of one plan (stato della storia dei pesi): its organisation, by which readers are
 * admitted, the label of every structure, objective and
 * phase, how many weights each objective and phase received (which page of its history the next one goes to), and the
 * sequence of the last event applied, so that a redelivery is ignored.
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
    private final List<HistoryLength> lengths;
    private long lastSequence;

    WeightHistoryStateDocument(String id, String organisationId, String organisation, List<SubjectLabel> labels,
                               List<HistoryLength> lengths, long lastSequence) {
        this.id = id;
        this.organisationId = organisationId;
        this.organisation = organisation;
        this.labels = labels == null ? new ArrayList<>() : new ArrayList<>(labels);
        // States stored before histories had pages have no lengths: their entries are all on the first page.
        this.lengths = lengths == null ? new ArrayList<>() : new ArrayList<>(lengths);
        this.lastSequence = lastSequence;
    }

    /** The state of a plan of which no event has been applied yet. */
    static WeightHistoryStateDocument opened(String planId, String organisationId, String organisation) {
        return new WeightHistoryStateDocument(planId, organisationId, organisation, List.of(), List.of(), -1);
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

    /** How many weights the element received so far, 0 when none. */
    int entriesOf(String elementId) {
        return lengths.stream().filter(length -> length.elementId().equals(elementId)).findFirst()
                .map(HistoryLength::entries).orElse(0);
    }

    /** Counts one more weight of the element and answers the position of that weight in its history, from 0. */
    int countEntry(String elementId) {
        int position = entriesOf(elementId);
        lengths.removeIf(length -> length.elementId().equals(elementId));
        lengths.add(new HistoryLength(elementId, position + 1));
        return position;
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
