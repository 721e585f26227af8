package it.traccia.plan.query.weights;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The weight history of one objective or phase (storia del peso), keyed by {@code <planId>/<elementId>} so that it is
 * read in one lookup by {@code _id}: every weight it received, oldest first, and the sequence of the last one, so that a
 * redelivered event adds nothing. Written by appending ({@code $push}), never rewritten whole.
 */
@Document(WeightHistoryDocument.COLLECTION)
public final class WeightHistoryDocument {

    /** The MongoDB collection of weight histories, one document per objective or phase. */
    public static final String COLLECTION = "weight_histories";
    /** The field of the entries, oldest first. */
    static final String ENTRIES = "entries";

    @Id
    private final String id;
    private final String planId;
    private final String organisation;
    private final String elementId;
    private final List<WeightHistoryEntryDocument> entries;
    private final long lastSequence;

    WeightHistoryDocument(String id, String planId, String organisation, String elementId,
                          List<WeightHistoryEntryDocument> entries, long lastSequence) {
        this.id = id;
        this.planId = planId;
        this.organisation = organisation;
        this.elementId = elementId;
        this.entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
        this.lastSequence = lastSequence;
    }

    /** The key of the history of one element of one plan. */
    static String idOf(String planId, String elementId) {
        return planId + "/" + elementId;
    }

    List<WeightHistoryEntryDocument> entries() {
        return List.copyOf(entries);
    }
}
