package it.traccia.app.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * The data directory of the embedded stores (cartella dei dati, {@code traccia.data-dir}), taken for as long as this
 * Traccia runs, whenever at least one store is embedded; released after both stores have stopped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${" + EmbeddedStoresEnvironment.EMBEDDED_POSTGRES + ":false} or ${"
        + EmbeddedStoresEnvironment.EMBEDDED_MONGO + ":false}")
public class EmbeddedDataConfiguration {

    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(@Value("${traccia.data-dir:./data}") Path dataDir) {
        return DataDirectoryLock.take(dataDir);
    }
}
