package it.traccia.app.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts a real PostgreSQL (embedded, from Maven Central binaries) with its data under {@code traccia.data-dir},
 * kept across restarts, when no {@code spring.datasource.url} is configured; Boot's DataSource then points at it.
 * A PostgreSQL left running there by a Traccia that was killed is stopped first ({@link OrphanedPostgres}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedStoresEnvironment.EMBEDDED_POSTGRES, havingValue = "true")
public class EmbeddedPostgresConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectoryLock dataDirectory,
                                      @Value("${traccia.embedded.postgres-port:0}") int port) throws IOException {
        Path directory = dataDirectory.path().resolve("postgres");
        Files.createDirectories(directory);
        // A Traccia killed with its PostgreSQL still running leaves that PostgreSQL on the directory: holding the
        // directory's lock, this Traccia knows no running one uses it, and stops it before starting its own.
        OrphanedPostgres.stopIfRunning(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky starts PostgreSQL with fsync and synchronous commit off, fit for throw-away tests only: an
                // accepted command must survive a crash of the machine, so both are back on (the later -c wins over -F).
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // Keep command transactions short so that tracking processors never see a long gap (stack notes, trap 3).
                .setServerConfig("idle_in_transaction_session_timeout", "20s")
                // Stopped by this bean's close, after everything that uses the database has stopped: zonky's own JVM
                // shutdown hook would stop it in parallel with Spring's, under the feet of the processors and the
                // Camunda job executor.
                .setRegisterShutdownHook(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl("postgres", "postgres");
            }
        };
    }
}
