package it.traccia.app.infrastructure;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
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

    private final MVStore store;
    private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();

    private CheckpointedH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    /** Opens (or creates) the store in the file, with H2's own background commits turned off. */
    public static CheckpointedH2Backend open(Path file) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
        return new CheckpointedH2Backend(store);
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
}
