package it.traccia.app.readmodels;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health of the read models (stato dei modelli di lettura) in {@code /actuator/health}: DOWN while any tracking
 * processor is stopped on an event it failed to apply, with the processor, the position it stands at and the failure
 * (details shown to the administrators), so that a
 * read model that has stopped following the events is seen at once, not discovered from a missing entry weeks later.
 */
@Component("readModels")
public class ReadModelHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    public ReadModelHealth(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        boolean failing = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, EventProcessor> named : processing.eventProcessors().entrySet()) {
            if (!(named.getValue() instanceof StreamingEventProcessor processor)) {
                continue;
            }
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("running", processor.isRunning());
            state.put("error", processor.isError());
            for (Map.Entry<Integer, EventTrackerStatus> segment : processor.processingStatus().entrySet()) {
                EventTrackerStatus status = segment.getValue();
                Map<String, Object> segmentState = new LinkedHashMap<>();
                segmentState.put("position", status.getCurrentPosition().orElse(-1));
                segmentState.put("replaying", status.isReplaying());
                if (status.isErrorState()) {
                    failing = true;
                    segmentState.put("failure", String.valueOf(status.getError()));
                }
                state.put("segment" + segment.getKey(), segmentState);
            }
            failing |= processor.isError();
            details.put(named.getKey(), state);
        }
        return (failing ? Health.down() : Health.up()).withDetails(details).build();
    }
}
