package it.traccia.app.infrastructure;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
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

/**
 * Starts an in-process MongoDB-protocol server stored in a file under {@code traccia.data-dir} when no
 * {@code spring.data.mongodb.uri} is configured, so that read models and tracking tokens survive a restart together.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedStoresEnvironment.EMBEDDED_MONGO, havingValue = "true")
public class EmbeddedMongoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${traccia.data-dir:./data}") Path dataDir) throws IOException {
        Path directory = dataDir.resolve("mongo").toAbsolutePath();
        Files.createDirectories(directory);
        Path file = directory.resolve("read-models.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        LOG.info("Embedded MongoDB-protocol server on port {} with data in {}", address.getPort(), file);
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
