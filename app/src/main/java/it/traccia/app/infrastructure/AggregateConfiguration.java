package it.traccia.app.infrastructure;

import it.traccia.plan.command.Organisation;
import it.traccia.plan.command.Plan;
import it.traccia.plan.command.PlanMonitoring;
import it.traccia.plan.command.PlansInForce;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registers the event-sourced aggregates with Axon. The domain module knows no Spring, so its aggregates carry no
 * {@code @Aggregate} stereotype and are registered here, on the event store that Axon's auto-configuration built.
 * Loaded plans stay in a weak-reference cache, so a command does not replay the whole stream of a busy plan; should
 * another instance have appended meanwhile, the event store's unique key refuses the stale write and the entry is
 * evicted. The commands of one plan are serialised by {@link PlanCommandSerializer}.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateConfiguration {

    /** The loaded plans (docs/adr/0006). */
    @Bean
    @Qualifier("planCache")
    Cache planCache() {
        return new WeakReferenceCache();
    }

    @Bean
    ConfigurerModule planAggregate(@Qualifier("planCache") Cache planCache) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Plan.class).configureCache(configuration -> planCache));
    }

    /** The monitoring of each plan (docs/adr/0019): short streams, loaded afresh for each command. */
    @Bean
    ConfigurerModule monitoringAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(PlanMonitoring.class));
    }

    /** The plans' versions in force, for monitoring's commands, loaded through the plans' own repository. */
    @Bean
    PlansInForce plansInForce(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return PlansInForce.loadedFrom(() -> axon.getObject().repository(Plan.class));
    }

    /** The organisations (enti) and their memberships: short streams, loaded afresh for each command. */
    @Bean
    ConfigurerModule organisationAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Organisation.class));
    }

    @Bean
    PlanCommandSerializer planCommandSerializer(JdbcTemplate jdbc, @Qualifier("planCache") Cache planCache,
                                                CommandBus commandBus, EventStore eventStore,
                                                @Value("${" + EmbeddedStoresEnvironment.SHARED_STORES + ":false}")
                                                boolean sharedStores) {
        PlanCommandSerializer serializer = new PlanCommandSerializer(jdbc, planCache, (CommitAwareEventStore) eventStore,
                sharedStores);
        commandBus.registerHandlerInterceptor(serializer);
        commandBus.registerDispatchInterceptor(serializer);
        return serializer;
    }
}
