package it.traccia.app.infrastructure;

import it.traccia.plan.command.Plan;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the event-sourced aggregates with Axon. The domain module knows no Spring, so its aggregates carry no
 * {@code @Aggregate} stereotype and are registered here, on the event store that Axon's auto-configuration built.
 * Loaded plans stay in a weak-reference cache, so a command does not replay the whole stream of a busy plan; should
 * another instance have appended meanwhile, the event store's unique key refuses the stale write and the entry is
 * evicted.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateConfiguration {

    @Bean
    ConfigurerModule planAggregate() {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Plan.class).configureCache(configuration -> new WeakReferenceCache()));
    }
}
