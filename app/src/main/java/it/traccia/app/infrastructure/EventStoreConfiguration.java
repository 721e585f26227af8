package it.traccia.app.infrastructure;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store (archivio degli eventi) on PostgreSQL through Axon's JDBC engine, with the snake_case schema that
 * Flyway creates ({@code db/migration}); failing projections stop and retry instead of skipping events.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** Table and column names of the events, matching {@code V1__event_store.sql}. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    /** Table and column names of the tracking tokens, matching {@code V1__event_store.sql}. */
    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Makes a failing event handler fail its batch: the tracking processor then retries with back-off from the same
     * token, so a read model never silently misses an event (stack notes, trap 4).
     */
    @Bean
    ConfigurerModule propagateProjectionErrors() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance()));
    }
}
