package it.traccia.app.readmodels;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Rebuilds every read model from the event store (ricostruzione dei modelli di lettura), the repair for a read model
 * that was lost or damaged: each processor is stopped, its token reset, its collections dropped by its reset handler,
 * and started again from the first event. Progress is the number of events every read model has applied, against the
 * events in the store when the rebuild began. One rebuild at a time.
 */
@Component
public class ReadModelRebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final ReadModelProcessors processors;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private Rebuild current;

    public ReadModelRebuilds(ReadModelProcessors processors, EventStore eventStore, JdbcTemplate jdbc, Clock clock) {
        this.processors = processors;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts a rebuild; refused while one is running. */
    public synchronized Progress start(String requestedBy) {
        if (current != null && !progressOf(current).done()) {
            throw new RebuildInProgress();
        }
        TrackingToken head = eventStore.createHeadToken();
        long upTo = head == null ? -1 : head.position().orElse(-1);
        long total = eventsUpTo(upTo);
        LOG.warn("Rebuild of every read model from {} events, asked by {}", total, requestedBy);
        for (StreamingEventProcessor processor : processors.all().values()) {
            processor.shutDown();
        }
        for (StreamingEventProcessor processor : processors.all().values()) {
            processor.resetTokens();
            processor.start();
        }
        current = new Rebuild(clock.instant(), requestedBy, upTo, total);
        return progressOf(current);
    }

    /** How far the last rebuild is; {@code null} when none ran since Traccia started. */
    public synchronized Progress progress() {
        return current == null ? null : progressOf(current);
    }

    private Progress progressOf(Rebuild rebuild) {
        long reached = Long.MAX_VALUE;
        boolean replaying = false;
        for (StreamingEventProcessor processor : processors.all().values()) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.isEmpty()) {
                reached = -1;
            }
            for (EventTrackerStatus segment : status.values()) {
                reached = Math.min(reached, segment.getCurrentPosition().orElse(-1));
                replaying |= segment.isReplaying() && segment.getCurrentPosition().orElse(-1) < rebuild.upTo();
            }
        }
        if (reached == Long.MAX_VALUE) {
            reached = -1;
        }
        boolean done = reached >= rebuild.upTo() && !replaying;
        long eventsDone = done ? rebuild.total() : eventsUpTo(Math.min(reached, rebuild.upTo()));
        Instant now = clock.instant();
        if (done && rebuild.finishedAt() == null) {
            rebuild.finishedAt(now);
            LOG.info("Rebuild of every read model done: {} events in {}", rebuild.total(),
                    Duration.between(rebuild.startedAt(), now));
        }
        Instant until = rebuild.finishedAt() == null ? now : rebuild.finishedAt();
        double seconds = Math.max(0.001, Duration.between(rebuild.startedAt(), until).toMillis() / 1000.0);
        long perSecond = Math.round(eventsDone / seconds);
        return new Progress(done ? "DONE" : "RUNNING", rebuild.startedAt(), rebuild.finishedAt(), rebuild.requestedBy(),
                eventsDone, rebuild.total(), perSecond);
    }

    private long eventsUpTo(long globalIndex) {
        if (globalIndex < 0) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?", Long.class,
                globalIndex);
        return count == null ? 0 : count;
    }

    /**
     * How a rebuild stands: {@code RUNNING} or {@code DONE}, when it started and finished, who asked, events applied
     * by every read model out of those in the store when it began, and events per second so far.
     */
    public record Progress(String status, Instant startedAt, Instant finishedAt, String requestedBy, long eventsDone,
                           long eventsTotal, long eventsPerSecond) {

        public boolean done() {
            return "DONE".equals(status);
        }
    }

    private static final class Rebuild {

        private final Instant startedAt;
        private final String requestedBy;
        private final long upTo;
        private final long total;
        private Instant finishedAt;

        Rebuild(Instant startedAt, String requestedBy, long upTo, long total) {
            this.startedAt = startedAt;
            this.requestedBy = requestedBy;
            this.upTo = upTo;
            this.total = total;
        }

        Instant startedAt() {
            return startedAt;
        }

        String requestedBy() {
            return requestedBy;
        }

        long upTo() {
            return upTo;
        }

        long total() {
            return total;
        }

        Instant finishedAt() {
            return finishedAt;
        }

        void finishedAt(Instant at) {
            this.finishedAt = at;
        }
    }
}
