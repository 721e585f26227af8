package it.traccia.app.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How long Traccia waits for a store that does not answer (attesa degli archivi) before it answers 503
 * StoreUnavailable: {@code traccia.stores.timeout} (3 s) to reach MongoDB; the PostgreSQL pool waits as long for a
 * connection ({@code spring.datasource.hikari.connection-timeout}). The MongoDB driver's own default would keep a
 * request waiting 30 s.
 */
@Configuration(proxyBeanMethods = false)
public class StoreTimeouts {

    @Bean
    MongoClientSettingsBuilderCustomizer mongoTimeouts(@Value("${traccia.stores.timeout:3s}") Duration timeout) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS));
    }
}
