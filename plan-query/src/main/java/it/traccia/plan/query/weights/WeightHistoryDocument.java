package it.traccia.plan.query.weights;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the weight history of one objective or phase (storia del peso): up to {@value #PAGE_SIZE} of the weights
 * it received, oldest first, and the sequence of the last one, so that a redelivered event adds nothing. The first page
 * is keyed {@code <planId>/<elementId>}, the next ones {@code <planId>/<elementId>/<page>}, so that each is read by
 * {@code _id}. Written by appending ({@code $push}), never rewritten whole; a page never grows past its size, so that
 * appending costs the same after a thousand changes as after one (docs/adr/0016).
 */
@Document(WeightHistoryDocument.COLLECTION)
public final class WeightHistoryDocument {

    /** The MongoDB collection of weight histories, one document per objective or phase. */
    public static final String COLLECTION = "weight_histories";
    /** The field of the entries, oldest first. */
    static final String ENTRIES = "entries";
    /** The most entries a page holds. */
    static final int PAGE_SIZE = 50;

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

    /** The key of the page of one element's history that holds its entry at {@code position} (from 0). */
    static String idOf(String planId, String elementId, int position) {
        int page = position / PAGE_SIZE;
        return page == 0 ? planId + "/" + elementId : planId + "/" + elementId + "/" + page;
    }

    /** The keys of every page of a history of {@code entries} entries, first page first (at least the first). */
    static List<String> pagesOf(String planId, String elementId, int entries) {
        List<String> pages = new ArrayList<>();
        for (int position = 0; position == 0 || position < entries; position += PAGE_SIZE) {
            pages.add(idOf(planId, elementId, position));
        }
        return pages;
    }

    String id() {
        return id;
    }

    List<WeightHistoryEntryDocument> entries() {
        return List.copyOf(entries);
    }
}
