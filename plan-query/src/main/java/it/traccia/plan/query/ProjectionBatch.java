package it.traccia.plan.query;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;

/**
 * The documents a projection reads and writes during one batch of events (lotto di eventi): each read once, by
 * {@code _id}, and kept for the rest of the batch; each changed one written once, in one bulk write per collection, when
 * the batch ends and before the processor stores its token (docs/adr/0012). The projection's progress documents are
 * written last. Every projection that one processor feeds has its own batch in the same unit of work, named by its
 * progress collection. Outside a unit of work (a projection called directly) every write goes to MongoDB at once.
 */
public final class ProjectionBatch {

    private static final String RESOURCE = ProjectionBatch.class.getName();
    private static final int PREFETCH_CHUNK = 500;
    private static final String LAST_SEQUENCE = "lastSequence";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final String progressCollection;
    private final boolean immediate;
    private final Map<String, Map<Object, Optional<Object>>> read = new HashMap<>();
    private final Map<String, Map<Object, Supplier<WriteModel<Document>>>> writes = new LinkedHashMap<>();
    private final Set<String> prefetched = new HashSet<>();
    private final Map<String, Map<Object, Long>> lastSequences = new HashMap<>();
    private final Map<String, Map<Object, Appended>> appends = new HashMap<>();

    private ProjectionBatch(MongoTemplate mongo, String progressCollection, boolean immediate) {
        this.mongo = mongo;
        this.progressCollection = progressCollection;
        this.immediate = immediate;
    }

    /**
     * The batch of the event being handled, opened by its first write or read. {@code progressCollection} holds the
     * documents that remember which events the projection applied (its per-plan progress): they are written last, after
     * everything derived from those events, so that after a crash between two writes the replay finds the progress
     * behind, never ahead, and writes the rest again.
     */
    public static ProjectionBatch current(MongoTemplate mongo, String progressCollection) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new ProjectionBatch(mongo, progressCollection, true);
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, ProjectionBatch> batches = unitOfWork.getOrComputeResource(RESOURCE, key -> {
            Map<String, ProjectionBatch> opened = new LinkedHashMap<>();
            // A processor without the interceptor below (none today) would still write, if only after its token.
            unitOfWork.onPrepareCommit(committing -> flushAll(opened));
            return opened;
        });
        return batches.computeIfAbsent(progressCollection, collection -> new ProjectionBatch(mongo, collection, false));
    }

    /**
     * Writes the batch once the last event of a batching unit of work was handled, before the tracking processor
     * stores its token; register it on every processor of a projection that uses {@link #current}.
     */
    public static MessageHandlerInterceptor<EventMessage<?>> writtenAtTheEndOfEachBatch() {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
                Map<String, ProjectionBatch> batches = unitOfWork.root().getResource(RESOURCE);
                if (batches != null) {
                    flushAll(batches);
                }
            }
            return result;
        };
    }

    /** Writes the batch of each projection that the unit of work opened, one projection after the other. */
    private static void flushAll(Map<String, ProjectionBatch> batches) {
        batches.values().forEach(ProjectionBatch::flush);
    }

    /**
     * Reads at once, with one {@code _id $in} query, the documents of the collection that the events of the whole
     * batch will ask for ({@code idsOf} tells which, from each event), so that each later {@link #find} of
     * them is answered from memory; done once per collection and batch. Outside a batch it does nothing.
     */
    public <T> void prefetch(String collection, Class<T> type, Function<Message<?>, Stream<?>> idsOf) {
        if (immediate || !prefetched.add(collection)) {
            return;
        }
        Map<Object, Optional<Object>> known = read.computeIfAbsent(collection, name -> new HashMap<>());
        readIn(collection, idsOfTheBatch(idsOf, known.keySet()), id -> known.put(id, Optional.empty()),
                stored -> known.put(stored.get("_id"), Optional.of(mongo.getConverter().read(type, stored))));
    }

    /**
     * The {@code lastSequence} of the document with this id, -1 when there is none, without reading the rest of it: for
     * documents that only grow, such as a history, which {@link #append} extends. The first call of a batch reads it
     * for every document the batch's events concern ({@code idsOf}), in one query.
     */
    public long lastSequence(Object id, String collection, Function<Message<?>, Stream<?>> idsOf) {
        Map<Object, Long> known = lastSequences.computeIfAbsent(collection, name -> new HashMap<>());
        if (!known.containsKey(id)) {
            Set<Object> wanted = new LinkedHashSet<>(List.of(id));
            if (!immediate) {
                wanted.addAll(idsOfTheBatch(idsOf, known.keySet()));
            }
            readIn(collection, wanted, each -> known.put(each, -1L),
                    stored -> known.put(stored.get("_id"), ((Number) stored.get(LAST_SEQUENCE)).longValue()),
                    LAST_SEQUENCE);
        }
        return known.get(id);
    }

    /** The ids that the events of the current batch concern, as {@code idsOf} names them, but those already known. */
    private static Set<Object> idsOfTheBatch(Function<Message<?>, Stream<?>> idsOf, Set<Object> known) {
        Set<Object> wanted = new LinkedHashSet<>();
        if (CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> unitOfWork) {
            for (Message<?> message : unitOfWork.getMessages()) {
                idsOf.apply(message).filter(Objects::nonNull).filter(id -> !known.contains(id)).forEach(wanted::add);
            }
        }
        return wanted;
    }

    /**
     * Reads the documents with these ids ({@code _id $in}, {@value #PREFETCH_CHUNK} at a time; only the named fields,
     * or all): {@code asked} hears of every id, {@code found} of every document there is.
     */
    private void readIn(String collection, Set<Object> wanted, Consumer<Object> asked, Consumer<Document> found,
                        String... fields) {
        List<Object> ids = new ArrayList<>(wanted);
        for (int from = 0; from < ids.size(); from += PREFETCH_CHUNK) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + PREFETCH_CHUNK));
            chunk.forEach(asked);
            Query query = Query.query(Criteria.where("_id").in(chunk));
            for (String field : fields) {
                query.fields().include(field);
            }
            mongo.find(query, Document.class, collection).forEach(found);
        }
    }

    /**
     * Appends the element to the document's list field and sets its {@code lastSequence}, creating the document with
     * {@code onInsert} when there is none: one update per document and batch, whatever the list already holds. The
     * caller appends only what {@link #lastSequence} shows is not there yet, in the order of the events.
     */
    public void append(Object id, String collection, String listField, Object element, long sequence,
                       Map<String, Object> onInsert) {
        lastSequences.computeIfAbsent(collection, name -> new HashMap<>()).put(id, sequence);
        Document entry = bson(element);
        Appended appended = appends.computeIfAbsent(collection, name -> new LinkedHashMap<>())
                .computeIfAbsent(id, key -> new Appended(listField, onInsert));
        appended.add(entry, sequence);
        write(collection, id, () -> new UpdateOneModel<>(eq("_id", id), appended.update(), new UpdateOptions().upsert(true)));
    }

    /** The document with this id, as this batch left it, or {@code null} when there is none. */
    public <T> T find(Object id, Class<T> type, String collection) {
        Map<Object, Optional<Object>> known = read.computeIfAbsent(collection, name -> new HashMap<>());
        Optional<Object> document = known.get(id);
        if (document == null) {
            document = Optional.ofNullable(mongo.findById(id, type, collection));
            known.put(id, document);
        }
        return document.map(type::cast).orElse(null);
    }

    /** Stores the whole document under its id (replacing what was there), at the end of the batch. */
    public void save(Object id, Object document, String collection) {
        read.computeIfAbsent(collection, name -> new HashMap<>()).put(id, Optional.of(document));
        write(collection, id, () -> new ReplaceOneModel<>(eq("_id", id), bson(document), new ReplaceOptions().upsert(true)));
    }

    /**
     * Adds a document that never changes once written, such as an audit entry, at the end of the batch: inserted, not
     * upserted, and left as it is when a replay after a crash finds it already there (the same event makes the same
     * document). The document is converted now; later changes to the object are not written.
     */
    public void insert(Object id, Object document, String collection) {
        Document stored = bson(document);
        write(collection, id, () -> new InsertOneModel<>(stored));
    }

    /**
     * Stores the document as it is now (later changes to the object are not written) only if none has its id yet
     * ({@code $setOnInsert}): a frozen copy is never replaced.
     */
    public void insertIfAbsent(Object id, Object document, String collection) {
        Document stored = bson(document);
        stored.remove("_id");
        write(collection, id, () -> new UpdateOneModel<>(eq("_id", id), new Document("$setOnInsert", stored),
                new UpdateOptions().upsert(true)));
    }

    /** Keeps the write until the end of the batch, where it is made from the document as the batch left it. */
    private void write(String collection, Object id, Supplier<WriteModel<Document>> model) {
        if (immediate) {
            store(collection, List.of(model.get()));
            return;
        }
        writes.computeIfAbsent(collection, name -> new LinkedHashMap<>()).put(id, model);
    }

    private Document bson(Object document) {
        Document stored = new Document();
        mongo.getConverter().write(document, stored);
        return stored;
    }

    /** Writes what the batch changed, one bulk write per collection, and forgets what it read. */
    void flush() {
        Map<String, Map<Object, Supplier<WriteModel<Document>>>> pending = new LinkedHashMap<>(writes);
        writes.clear();
        read.clear();
        prefetched.clear();
        lastSequences.clear();
        appends.clear();
        Map<Object, Supplier<WriteModel<Document>>> progress = pending.remove(progressCollection);
        if (progress != null) {
            pending.put(progressCollection, progress);
        }
        pending.forEach((collection, models) -> {
            List<WriteModel<Document>> bulk = new ArrayList<>(models.size());
            models.values().forEach(model -> bulk.add(model.get()));
            store(collection, bulk);
        });
    }

    /**
     * One bulk write; when it only inserts ({@link #insert}), unordered and leaving in place the documents whose id is
     * already stored (a replayed batch).
     */
    private void store(String collection, List<WriteModel<Document>> bulk) {
        if (!bulk.stream().allMatch(InsertOneModel.class::isInstance)) {
            mongo.getCollection(collection).bulkWrite(bulk);
            return;
        }
        try {
            mongo.getCollection(collection).bulkWrite(bulk, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException refused) {
            if (!refused.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw refused;
            }
        }
    }

    /** What a batch appends to one document's list, and the sequence of the last of it. */
    private static final class Appended {

        private final String field;
        private final Map<String, Object> onInsert;
        private final List<Document> elements = new ArrayList<>();
        private long lastSequence;

        Appended(String field, Map<String, Object> onInsert) {
            this.field = field;
            this.onInsert = onInsert;
        }

        void add(Document element, long sequence) {
            elements.add(element);
            lastSequence = sequence;
        }

        /** {@code $push} of every element, the last sequence {@code $set}, the rest only when the document is new. */
        Document update() {
            return new Document("$push", new Document(field, new Document("$each", elements)))
                    .append("$set", new Document(LAST_SEQUENCE, lastSequence))
                    .append("$setOnInsert", new Document(onInsert));
        }
    }
}
