package it.traccia.app.infrastructure;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts an in-process MongoDB-protocol server stored in a file under {@code traccia.data-dir} when no
 * {@code spring.data.mongodb.uri} is configured. The read models and their tracking tokens live in it together and
 * reach the disk together, in checkpoints of whole commands every {@code traccia.embedded.mongo-checkpoint}
 * ({@link CheckpointedH2Backend}), so a restart after a crash replays from where the read models really are.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedStoresEnvironment.EMBEDDED_MONGO, havingValue = "true")
public class EmbeddedMongoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);
    /** Compact the file once every this many checkpoints. */
    private static final int CHECKPOINTS_PER_COMPACTION = 200;

    /** Closed (with a last checkpoint) by the server's shutdown, after its last client is gone. */
    @Bean(destroyMethod = "")
    CheckpointedH2Backend embeddedMongoStore(DataDirectoryLock dataDirectory) throws IOException {
        Path directory = dataDirectory.path().resolve("mongo");
        Files.createDirectories(directory);
        Path file = directory.resolve("read-models.mv");
        LOG.info("Embedded MongoDB-protocol store in {}", file);
        return CheckpointedH2Backend.open(file);
    }

    /** Checkpoints the store at a fixed pace, and compacts its file now and then; stopped before the store closes. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService embeddedMongoCheckpoints(CheckpointedH2Backend store,
                                                      @Value("${traccia.embedded.mongo-checkpoint:200ms}") Duration every) {
        ScheduledExecutorService checkpoints = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-mongo-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        int[] count = {0};
        checkpoints.scheduleWithFixedDelay(() -> {
            try {
                if (++count[0] % CHECKPOINTS_PER_COMPACTION == 0) {
                    store.compact();
                } else {
                    store.checkpoint();
                }
            } catch (RuntimeException failure) {
                LOG.error("Checkpoint of the embedded MongoDB-protocol store failed", failure);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return checkpoints;
    }

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(CheckpointedH2Backend store) {
        MongoServer server = new MongoServer(store);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        LOG.info("Embedded MongoDB-protocol server on port {}", address.getPort());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server,
                                                          @Value("${traccia.embedded.mongo-database:traccia}") String database) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString connection = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
        return () -> connection;
    }
}
