package it.traccia.app.readmodels;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Traccia's own metrics of the read models (metriche dei modelli di lettura), beside Axon's timings of every command
 * and event: per processor, how many events of the store it has not reached yet on the segments this instance holds
 * ({@code traccia.read_models.lag}) and how many segments it holds; and how far the last rebuild is
 * ({@code traccia.read_models.rebuild.events}, done and total). Read at {@code /actuator/prometheus}.
 */
@Component
public class ReadModelMetrics {

    public ReadModelMetrics(MeterRegistry registry, ReadModelProcessors processors, EventStore eventStore,
                            ReadModelRebuilds rebuilds) {
        for (Map.Entry<String, StreamingEventProcessor> named : processors.all().entrySet()) {
            StreamingEventProcessor processor = named.getValue();
            Gauge.builder("traccia.read_models.lag", () -> lag(processor, eventStore))
                    .description("Events in the store that the processor has not reached yet, on this instance's segments")
                    .baseUnit("events").tag("processor", named.getKey()).register(registry);
            Gauge.builder("traccia.read_models.segments", () -> processor.processingStatus().size())
                    .description("Segments of the processor held by this instance")
                    .tag("processor", named.getKey()).register(registry);
        }
        Gauge.builder("traccia.read_models.rebuild.events", () -> rebuildFigure(rebuilds, true))
                .description("Events applied by the last rebuild").tag("figure", "done").register(registry);
        Gauge.builder("traccia.read_models.rebuild.events", () -> rebuildFigure(rebuilds, false))
                .description("Events the last rebuild has to apply").tag("figure", "total").register(registry);
    }

    private static double lag(StreamingEventProcessor processor, EventStore eventStore) {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return 0;
        }
        long reached = segments.values().stream().mapToLong(status -> status.getCurrentPosition().orElse(-1)).min()
                .orElse(-1);
        return Math.max(0, headPosition - reached);
    }

    private static double rebuildFigure(ReadModelRebuilds rebuilds, boolean done) {
        ReadModelRebuilds.Progress progress = rebuilds.progress();
        if (progress == null) {
            return 0;
        }
        return done ? progress.eventsDone() : progress.eventsTotal();
    }
}
