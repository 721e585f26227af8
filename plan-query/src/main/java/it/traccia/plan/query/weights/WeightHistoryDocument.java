package it.traccia.plan.query.weights;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The weight history of one objective or phase (storia del peso), keyed by {@code <planId>/<elementId>} so that it is
 * read in one lookup by {@code _id}: every weight it received, oldest first, and the sequence of the last one, so that a
 * redelivered event adds nothing.
 */
@Document(WeightHistoryDocument.COLLECTION)
public final class WeightHistoryDocument {

    /** The MongoDB collection of weight histories, one document per objective or phase. */
    public static final String COLLECTION = "weight_histories";

    @Id
    private final String id;
    private final String planId;
    private final String organisation;
    private final String elementId;
    private final List<WeightHistoryEntryDocument> entries;
    private long lastSequence;

    WeightHistoryDocument(String id, String planId, String organisation, String elementId,
                          List<WeightHistoryEntryDocument> entries, long lastSequence) {
        this.id = id;
        this.planId = planId;
        this.organisation = organisation;
        this.elementId = elementId;
        this.entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
        this.lastSequence = lastSequence;
    }

    /** The history of an element that has received no weight yet. */
    static WeightHistoryDocument opened(String planId, String organisation, String elementId) {
        return new WeightHistoryDocument(idOf(planId, elementId), planId, organisation, elementId, List.of(), -1);
    }

    /** The key of the history of one element of one plan. */
    static String idOf(String planId, String elementId) {
        return planId + "/" + elementId;
    }

    /** Adds the entry unless its event was already added; answers whether it was added. */
    boolean add(WeightHistoryEntryDocument entry) {
        if (entry.sequence() <= lastSequence) {
            return false;
        }
        entries.add(entry);
        lastSequence = entry.sequence();
        return true;
    }

    String id() {
        return id;
    }

    List<WeightHistoryEntryDocument> entries() {
        return List.copyOf(entries);
    }
}
