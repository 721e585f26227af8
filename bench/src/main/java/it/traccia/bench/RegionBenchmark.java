package it.traccia.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import it.traccia.app.readmodels.ReadModelProcessors;
import it.traccia.app.readmodels.ReadModelRebuilds;
import it.traccia.bench.region.ComuneYear;
import it.traccia.bench.region.RegionLoader;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.Role;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.query.AuditTrailView;
import it.traccia.kernel.plan.query.FindAuditTrailQuery;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindReadablePlansQuery;
import it.traccia.kernel.plan.query.FindWeightHistoryQuery;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PlanSummariesView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.WeightHistoryView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;

import static com.mongodb.client.model.Filters.eq;

/**
 * The read side at the scale of a region (una regione): loads {@code bench.region.comuni} comuni of about
 * {@code bench.region.events-per-comune} events each (1,000,000 events by default) from a seed, then measures the
 * rebuild of every read model beside a hand-written baseline, the queries against raw finds by {@code _id} of documents
 * of the same size, and the freshness of the read models under 50 concurrent writers. Started by {@link Benchmarks}.
 */
final class RegionBenchmark {

    static final int COMUNI = Integer.getInteger("bench.region.comuni", 1000);
    static final int EVENTS_PER_COMUNE = Integer.getInteger("bench.region.events-per-comune", 1000);
    static final long SEED = Long.getLong("bench.region.seed", 20261202L);
    private static final int LOADERS = Integer.getInteger("bench.region.loaders", 2);
    private static final int WRITERS = Integer.getInteger("bench.freshness.writers", 50);
    private static final int FRESHNESS_SECONDS = Integer.getInteger("bench.freshness.seconds", 60);
    /** A change not visible in every read model this long after its acknowledgement counts as an error. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final int QUERY_WARMUP = 200;
    private static final int QUERY_ITERATIONS = 1000;
    private static final int BASELINE_BATCH = 1000;

    private final ConfigurableApplicationContext app;
    private List<ComuneYear> comuni;

    RegionBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
    }

    /** Loads the region with every read model's processor stopped, as a store that was filled before the rebuild. */
    void load() throws Exception {
        ReadModelProcessors processors = app.getBean(ReadModelProcessors.class);
        processors.all().values().forEach(StreamingEventProcessor::shutDown);
        long start = System.nanoTime();
        comuni = new RegionLoader(app.getBean(CommandGateway.class), app.getBean(PlatformTransactionManager.class))
                .load(COMUNI, SEED, EVENTS_PER_COMUNE, LOADERS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = eventCount();
        System.out.println();
        Long unused = app.getBean(JdbcTemplate.class).queryForObject(
                "select max(global_index) - min(global_index) + 1 - count(*) from domain_event_entry", Long.class);
        System.out.printf("Traccia — a region of %d comuni from seed %d: %,d events in the store (%,d unused global "
                        + "indexes), loaded through the command gateway in %.1f s (%,.0f events/s)%n", COMUNI, SEED, events,
                unused, seconds, events / seconds);
    }

    /** Rebuilds every read model, then runs the hand-written baseline on the same stores, and prints both. */
    void rebuild() throws Exception {
        ReadModelRebuilds rebuilds = app.getBean(ReadModelRebuilds.class);
        long start = System.nanoTime();
        rebuilds.start("bench");
        long lastPrint = 0;
        while (!rebuilds.progress().done()) {
            Thread.sleep(50);
            if (Boolean.getBoolean("bench.region.trace") && System.nanoTime() - lastPrint > 1_000_000_000L) {
                lastPrint = System.nanoTime();
                StringBuilder positions = new StringBuilder("TRACE");
                app.getBean(ReadModelProcessors.class).all().forEach((name, processor) -> processor.processingStatus()
                        .forEach((segment, status) -> positions.append(' ').append(name).append('=')
                                .append(status.getCurrentPosition().orElse(-1))));
                System.out.println(positions);
            }
        }
        double rebuildSeconds = (System.nanoTime() - start) / 1e9;
        long events = rebuilds.progress().eventsTotal();
        double rebuildRate = events / rebuildSeconds;

        long baselineStart = System.nanoTime();
        long written = baseline();
        double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;
        double baselineRate = events / baselineSeconds;

        System.out.printf("rebuild of every read model      %,10d events in %6.1f s  %,8.0f events/s%n", events,
                rebuildSeconds, rebuildRate);
        System.out.printf("hand-written baseline            %,10d events in %6.1f s  %,8.0f events/s "
                + "(JDBC read, Jackson decode, %,d documents in bulk inserts)%n", events, baselineSeconds, baselineRate,
                written);
        System.out.printf("ratio rebuild / baseline         %.2f×%n", rebuildRate / baselineRate);
    }

    /**
     * Reads every event with plain JDBC, decodes it with the event serializer's Jackson mapper, and writes one document
     * per event (the event's fields, its plan, sequence, time and type, as an audit entry holds them) to the same MongoDB
     * server in bulk inserts of {@value #BASELINE_BATCH}: what a hand-written rebuild could not do with less.
     */
    private long baseline() throws Exception {
        ObjectMapper json = ((JacksonSerializer) app.getBean("eventSerializer")).getObjectMapper();
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        mongo.dropCollection("bench_baseline");
        MongoCollection<Document> target = mongo.getCollection("bench_baseline");
        Map<String, Class<?>> types = new java.util.HashMap<>();
        long written = 0;
        try (Connection connection = app.getBean(DataSource.class).getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("select global_index, aggregate_identifier, "
                    + "sequence_number, payload_type, payload, meta_data, time_stamp from domain_event_entry "
                    + "order by global_index")) {
                statement.setFetchSize(BASELINE_BATCH);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Document> batch = new ArrayList<>(BASELINE_BATCH);
                    while (rows.next()) {
                        Class<?> type = types.computeIfAbsent(rows.getString(4), RegionBenchmark::load);
                        Object event = json.readValue(rows.getBytes(5), type);
                        Map<?, ?> metaData = json.readValue(rows.getBytes(6), Map.class);
                        Document entry = new Document("_id", rows.getString(2) + "/" + rows.getLong(3))
                                .append("globalIndex", rows.getLong(1)).append("sequence", rows.getLong(3))
                                .append("occurredAt", rows.getString(7)).append("action", type.getSimpleName())
                                .append("metaData", new Document(stringKeys(metaData)))
                                .append("event", new Document(stringKeys(json.convertValue(event, Map.class))));
                        batch.add(entry);
                        if (batch.size() == BASELINE_BATCH) {
                            target.insertMany(batch, new InsertManyOptions().ordered(false));
                            written += batch.size();
                            batch = new ArrayList<>(BASELINE_BATCH);
                        }
                    }
                    if (!batch.isEmpty()) {
                        target.insertMany(batch);
                        written += batch.size();
                    }
                }
            }
            connection.commit();
        }
        mongo.dropCollection("bench_baseline");
        return written;
    }

    /** The plan view, a page of the audit trail, a weight history and a user's plans, beside raw finds of their size. */
    void queries() throws Exception {
        QueryGateway queries = app.getBean(QueryGateway.class);
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        ComuneYear comune = comuni.get(comuni.size() / 2);
        String user = ComuneYear.segretarioOf(comune.index());
        ObjectiveId objective = comune.anObjective();

        System.out.println();
        System.out.println("Traccia — queries on the loaded store (" + QUERY_ITERATIONS + " runs after " + QUERY_WARMUP
                + " warm-up, through the query bus, membership checked), beside a raw find by _id of one document as large"
                + " as what each query reads");
        compare("plan view", () -> queries.query(new FindPlanQuery(comune.planId(), user), PlanView.class).join(),
                bytesOf(mongo, "plans", comune.planId().value()), mongo);
        AuditTrailView page = queries.query(new FindAuditTrailQuery(comune.planId(), null, user, 0, 50),
                AuditTrailView.class).join();
        long pageBytes = 0;
        for (var entry : page.entries()) {
            pageBytes += bytesOf(mongo, "audit_entries", comune.planId().value() + "/" + entry.sequence());
        }
        compare("audit trail, first page of 50 (of " + page.totalEntries() + ")",
                () -> queries.query(new FindAuditTrailQuery(comune.planId(), null, user, 0, 50), AuditTrailView.class).join(),
                pageBytes, mongo);
        compare("weight history of one objective", () -> queries.query(new FindWeightHistoryQuery(comune.planId(),
                        objective.value(), user), WeightHistoryView.class).join(),
                bytesOf(mongo, "weight_histories", comune.planId().value() + "/" + objective.value()), mongo);
        compare("a user's plans", () -> queries.query(new FindReadablePlansQuery(user), PlanSummariesView.class).join(),
                bytesOf(mongo, "organisation_plans", comune.organisationId().value()), mongo);
    }

    private static void compare(String name, Supplier<Object> query, long bytes, MongoTemplate mongo) throws Exception {
        if (query.get() == null) {
            throw new IllegalStateException("Set-up failed: no answer to " + name);
        }
        LatencySample answered = Measurement.of(name, QUERY_WARMUP, QUERY_ITERATIONS, i -> query.get());
        MongoCollection<Document> raw = mongo.getCollection("bench_raw");
        raw.drop();
        raw.insertOne(new Document("_id", "same-size").append("payload", "x".repeat((int) Math.max(1, bytes - 40))));
        LatencySample found = Measurement.of("raw find by _id (" + bytes + " B)", QUERY_WARMUP, QUERY_ITERATIONS,
                i -> raw.find(eq("_id", "same-size")).first());
        raw.drop();
        System.out.println(answered.line());
        System.out.println(found.line());
        System.out.printf("ratio %-38s median %6.2f×  p99 %6.2f×%n", name, answered.medianMillis() / found.medianMillis(),
                answered.p99Millis() / found.p99Millis());
    }

    /**
     * {@value #WRITERS} writers, each on its own comune, change a weight through the command gateway as fast as they
     * can for {@code bench.freshness.seconds}; after each acknowledgement the writer polls the plan view, the weight
     * history and the audit trail until all three show the change.
     */
    void freshness() throws Exception {
        CommandGateway commands = app.getBean(CommandGateway.class);
        QueryGateway queries = app.getBean(QueryGateway.class);
        List<ComuneYear> writable = comuni.stream().filter(ComuneYear::endsInDraft).limit(WRITERS).toList();
        if (writable.size() < WRITERS) {
            throw new IllegalStateException("Set-up failed: only " + writable.size() + " comuni end in draft");
        }
        ConcurrentLinkedQueue<Long> visibleAfter = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong acknowledged = new AtomicLong();
        long end = System.nanoTime() + FRESHNESS_SECONDS * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(writable.size());
        for (ComuneYear comune : writable) {
            Thread writer = new Thread(() -> {
                String user = ComuneYear.segretarioOf(comune.index());
                Actor segretario = new Actor(user, Role.SEGRETARIO);
                ObjectiveId objective = comune.anObjective();
                try {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        try {
                            String weight = nextWeight(queries, comune, user, objective);
                            int entriesBefore = queries.query(new FindAuditTrailQuery(comune.planId(), null, user, 0, 1),
                                    AuditTrailView.class).join().totalEntries();
                            commands.sendAndWait(new ChangeObjectiveWeight(comune.planId(), objective, Weight.of(weight),
                                    "Prova di carico " + i, null, segretario));
                            long acked = System.nanoTime();
                            acknowledged.incrementAndGet();
                            long giveUp = acked + VISIBLE_WITHIN.toNanos();
                            while (!visible(queries, comune, user, objective, weight, entriesBefore)) {
                                if (System.nanoTime() > giveUp) {
                                    throw new IllegalStateException("Not visible after " + VISIBLE_WITHIN);
                                }
                                Thread.sleep(2);
                            }
                            visibleAfter.add(System.nanoTime() - acked);
                        } catch (RuntimeException failure) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "bench-writer-" + comune.index());
            writer.start();
        }
        done.await();
        LatencySample visibility = new LatencySample("ack → visible in every read model", visibleAfter.size());
        visibleAfter.forEach(visibility::add);
        System.out.println();
        System.out.printf("Traccia — freshness under load: %d writers on %d comuni for %d s%n", WRITERS, writable.size(),
                FRESHNESS_SECONDS);
        System.out.printf("throughput %,.0f acknowledged commands/s, %d errors%n",
                acknowledged.get() / (double) FRESHNESS_SECONDS, errors.get());
        System.out.println(visibility.line());
    }

    /** A weight other than the objective's current one, so that every change records an event. */
    private static String nextWeight(QueryGateway queries, ComuneYear comune, String user, ObjectiveId objective) {
        return planShowsWeight(queries, comune, user, objective, BigDecimal.TEN) ? "11" : "10";
    }

    /** Whether the plan view shows the objective with this weight. */
    private static boolean planShowsWeight(QueryGateway queries, ComuneYear comune, String user, ObjectiveId objective,
                                           BigDecimal weight) {
        PlanView plan = queries.query(new FindPlanQuery(comune.planId(), user), PlanView.class).join();
        return plan.structures().stream().flatMap(structure -> structure.objectives().stream())
                .filter(candidate -> candidate.id().equals(objective.value())).map(ObjectiveView::weight)
                .anyMatch(current -> current.compareTo(weight) == 0);
    }

    private static boolean visible(QueryGateway queries, ComuneYear comune, String user, ObjectiveId objective,
                                   String weight, int entriesBefore) {
        if (!planShowsWeight(queries, comune, user, objective, new BigDecimal(weight))) {
            return false;
        }
        WeightHistoryView history = queries.query(new FindWeightHistoryQuery(comune.planId(), objective.value(), user),
                WeightHistoryView.class).join();
        if (history.entries().get(history.entries().size() - 1).after().compareTo(new BigDecimal(weight)) != 0) {
            return false;
        }
        return queries.query(new FindAuditTrailQuery(comune.planId(), null, user, 0, 1), AuditTrailView.class).join()
                .totalEntries() > entriesBefore;
    }

    private long eventCount() {
        Long count = app.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static long bytesOf(MongoTemplate mongo, String collection, String id) {
        RawBsonDocument document = mongo.getCollection(collection).withDocumentClass(RawBsonDocument.class)
                .find(eq("_id", id)).first();
        if (document == null) {
            throw new IllegalStateException("Set-up failed: no " + id + " in " + collection);
        }
        return document.getByteBuffer().remaining();
    }

    private static Class<?> load(String type) {
        try {
            return Class.forName(type);
        } catch (ClassNotFoundException unknown) {
            throw new IllegalStateException(unknown);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
