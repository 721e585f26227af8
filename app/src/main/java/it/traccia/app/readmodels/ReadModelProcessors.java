package it.traccia.app.readmodels;

import it.traccia.app.infrastructure.EventStoreConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** The tracking processors that feed the read models in MongoDB (processori dei modelli di lettura), by name. */
@Component
public class ReadModelProcessors {

    private final EventProcessingConfiguration processing;

    public ReadModelProcessors(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every read model's processor, in the order of {@link EventStoreConfiguration#READ_MODELS}. */
    public Map<String, StreamingEventProcessor> all() {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        for (String name : EventStoreConfiguration.READ_MODELS) {
            processing.eventProcessor(name, StreamingEventProcessor.class)
                    .ifPresent(processor -> processors.put(name, processor));
        }
        return processors;
    }
}
