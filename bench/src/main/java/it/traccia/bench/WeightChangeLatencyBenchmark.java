package it.traccia.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Measures the latency of {@code ChangeObjectiveWeight} over HTTP (including the wait for the read models), through
 * the command gateway, and of a raw JDBC insert+commit of an event-sized row into the same embedded PostgreSQL, then
 * prints medians, p99s and their ratios. Started by {@link Benchmarks}.
 */
public final class WeightChangeLatencyBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 1000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SEGRETARIO = "Basic " + Base64.getEncoder().encodeToString("segretario:demo".getBytes(StandardCharsets.UTF_8));

    private WeightChangeLatencyBenchmark() {
    }

    /** Measures and prints, on the running application, with {@code store} telling what the event store holds. */
    static void run(ConfigurableApplicationContext app, String store) throws Exception {
        String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        String comune = "Comune di Misura " + store;
        BenchEnti.register(app.getBean(CommandGateway.class), comune);
        String planId = post(base + "/api/plans", "{\"organisation\": \"" + comune
                + "\", \"firstYear\": 2026, \"lastYear\": 2028, \"year\": 2026}");
        String structureId = post(base + "/api/plans/" + planId + "/structures", """
                {"name": "Segreteria", "head": "Avv. Marco Gregoli"}""");
        String objectiveId = post(base + "/api/plans/" + planId + "/structures/" + structureId + "/objectives", """
                {"number": "6", "kind": "DEVELOPMENT", "description": "Digitalizzazione degli atti", "weight": "30",
                 "indicators": "Atti digitalizzati", "targets": "100%", "deadline": "2026-01-31"}""");

        String weightPath = base + "/api/plans/" + planId + "/objectives/" + objectiveId + "/weight";
        LatencySample http = measure("ChangeObjectiveWeight over HTTP", i -> put(weightPath,
                "{\"weight\": \"" + weightFor(i) + "\", \"reason\": \"Misura " + i + "\"}"));

        CommandGateway gateway = app.getBean(CommandGateway.class);
        Actor segretario = new Actor("segretario", Role.SEGRETARIO);
        LatencySample command = measure("ChangeObjectiveWeight via command gateway", i -> gateway.sendAndWait(
                new ChangeObjectiveWeight(new PlanId(planId), new ObjectiveId(objectiveId), Weight.of(weightFor(i + 1)),
                        "Misura " + i, null, segretario)));

        LatencySample jdbc = measureRawInsert(app.getBean(DataSource.class), objectiveId);

        System.out.println();
        System.out.println("Traccia — ChangeObjectiveWeight latency, " + store + " (" + ITERATIONS + " runs after " + WARMUP
                + " warm-up, " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL and MongoDB-protocol server)");
        System.out.println(http.line());
        System.out.println(command.line());
        System.out.println(jdbc.line());
        System.out.printf("ratio HTTP / JDBC      median %6.1f×  p99 %6.1f×%n", http.medianMillis() / jdbc.medianMillis(), http.p99Millis() / jdbc.p99Millis());
        System.out.printf("ratio gateway / JDBC   median %6.1f×  p99 %6.1f×%n", command.medianMillis() / jdbc.medianMillis(), command.p99Millis() / jdbc.p99Millis());
        System.out.printf("ratio HTTP / gateway   median %6.1f×  p99 %6.1f×%n", http.medianMillis() / command.medianMillis(), http.p99Millis() / command.p99Millis());
    }

    /** Alternates between two weights so that every call is a real change, never an idempotent no-op. */
    private static String weightFor(int iteration) {
        return iteration % 2 == 0 ? "25" : "30";
    }

    private static LatencySample measure(String name, Measurement.Operation operation) throws Exception {
        return Measurement.of(name, WARMUP, ITERATIONS, operation);
    }

    /** Inserts and commits, one at a time, copies of a real ObjectiveWeightChanged row into a twin of the event table. */
    private static LatencySample measureRawInsert(DataSource dataSource, String objectiveId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            byte[] payload;
            byte[] metaData;
            String payloadType;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select payload, meta_data, payload_type from domain_event_entry "
                         + "where payload_type like '%ObjectiveWeightChanged' order by global_index desc limit 1")) {
                row.next();
                payload = row.getBytes(1);
                metaData = row.getBytes(2);
                payloadType = row.getString(3);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists bench_event_row");
                // Its own copy of the columns, indexes and constraints, but not the default of global_index: sharing the
                // event table's sequence would leave gaps in the real events' global_index.
                statement.execute("create table bench_event_row (like domain_event_entry including constraints "
                        + "including indexes)");
            }
            connection.setAutoCommit(false);
            String insert = "insert into bench_event_row (event_identifier, meta_data, payload, payload_revision, payload_type, "
                    + "time_stamp, aggregate_identifier, sequence_number, type, global_index) "
                    + "values (?, ?, ?, '1', ?, ?, ?, ?, 'Plan', ?)";
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                LatencySample sample = measure("raw JDBC insert+commit (" + (payload.length + metaData.length) + " B row)", i -> {
                    statement.setString(1, UUID.randomUUID().toString());
                    statement.setBytes(2, metaData);
                    statement.setBytes(3, payload);
                    statement.setString(4, payloadType);
                    statement.setString(5, Instant.now().toString());
                    statement.setString(6, objectiveId);
                    statement.setLong(7, i);
                    statement.setLong(8, i);
                    statement.executeUpdate();
                    connection.commit();
                });
                connection.setAutoCommit(true);
                try (Statement cleanUp = connection.createStatement()) {
                    cleanUp.execute("drop table bench_event_row");
                }
                return sample;
            }
        }
    }

    private static String post(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(request(url).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Set-up failed: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.path("id").asText();
    }

    private static void put(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(request(url).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("Weight change failed: " + response.statusCode() + " " + response.body());
        }
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", SEGRETARIO)
                .header("Content-Type", "application/json");
    }

}
