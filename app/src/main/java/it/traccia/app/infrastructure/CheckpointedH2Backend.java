package it.traccia.app.infrastructure;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The file-backed store of the embedded MongoDB-protocol server, written to disk only in whole commands
 * (punti di salvataggio). H2's MVStore would otherwise commit in the background at any instant, possibly between the
 * document and the index entry of one write, or between a read model and its tracking token, and a {@code kill -9}
 * would leave that half-written state on disk. Here every command runs under a shared lock, and {@link #checkpoint()}
 * commits under the exclusive one: what is on disk is always the state after some set of whole commands, and the
 * commands of each thread are there in the order that thread sent them. A tracking processor writes its read models
 * before its token, so after a crash no token is ever ahead of its read models (docs/adr/0009).
 */
public class CheckpointedH2Backend extends H2Backend {

    /** Rewrite chunks of the file that are less than this full, to keep the file from growing without bound. */
    private static final int COMPACT_BELOW_FILL_RATE = 50;
    private static final int COMPACT_AT_MOST_BYTES = 4 * 1024 * 1024;
    /** The version of how the maps are typed; a file of another version is rebuilt. */
    private static final int FORMAT = 2;
    private static final String FORMAT_MAP = "traccia.format";
    private static final String FORMAT_KEY = "version";
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointedH2Backend.class);

    private final MVStore store;
    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();

    private CheckpointedH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    /**
     * Opens (or creates) the store in the file, with H2's own background commits turned off. A file written in another
     * format than {@link #FORMAT} (before the typed maps of {@link EmbeddedMongoTypes}) is deleted first: it holds only
     * read models and their tokens, which the processors then rebuild from the event store.
     */
    public static CheckpointedH2Backend open(Path file) {
        MVStore store = openFile(file);
        MVMap<String, Integer> format = store.openMap(FORMAT_MAP);
        if (!Integer.valueOf(FORMAT).equals(format.get(FORMAT_KEY))) {
            boolean hadData = store.getMapNames().size() > 1;
            store.closeImmediately();
            if (hadData) {
                LOG.warn("The read models in {} are of an earlier format: deleting them, the processors rebuild them from "
                        + "the event store", file);
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException failure) {
                throw new UncheckedIOException("Cannot delete the read models of an earlier format in " + file, failure);
            }
            store = openFile(file);
            store.<String, Integer>openMap(FORMAT_MAP).put(FORMAT_KEY, FORMAT);
            store.commit();
        }
        return new CheckpointedH2Backend(store);
    }

    private static MVStore openFile(Path file) {
        return new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new TypedDatabase(databaseName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        commands.readLock().lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commands.readLock().unlock();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        commands.readLock().lock();
        try {
            return super.handleQuery(query);
        } finally {
            commands.readLock().unlock();
        }
    }

    /** Writes to disk everything the commands finished so far did, and nothing of a command still running. */
    public void checkpoint() {
        commands.writeLock().lock();
        try {
            if (!store.isClosed()) {
                store.commit();
            }
        } finally {
            commands.writeLock().unlock();
        }
    }

    /** Rewrites the least used parts of the file, then checkpoints. */
    public void compact() {
        commands.writeLock().lock();
        try {
            if (!store.isClosed()) {
                store.compact(COMPACT_BELOW_FILL_RATE, COMPACT_AT_MOST_BYTES);
                store.commit();
            }
        } finally {
            commands.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        checkpoint();
        super.close();
    }

    /**
     * A database whose maps are typed (see {@link EmbeddedMongoTypes}): each map is opened here with its types just
     * before H2Database opens it by name, which then finds it open. Inner, so that the backend's store is at hand while
     * the constructors of the backend and of this database open the maps that exist already.
     */
    private final class TypedDatabase extends H2Database {

        TypedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            getMvStore().openMap("databases." + getDatabaseName() + "." + collectionName,
                    new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                            .keyType(new EmbeddedMongoTypes.Keys()).valueType(new EmbeddedMongoTypes.Documents()));
            return super.openOrCreateCollection(collectionName, options);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            getMvStore().openMap(getDatabaseName() + "." + collectionName + "._index_" + indexName,
                    new MVMap.Builder<Object, Object>().keyType(new EmbeddedMongoTypes.Keys()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
