package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The record survives {@code kill -9}: the real application jar runs as a process of its own on a data directory,
 * several writers stream weight changes, and the process is killed with SIGKILL at random moments and started again
 * on the same data, with the PostgreSQL the killed process left running. Every change acknowledged with 204 must then
 * be in the audit trail and the weight history exactly once, and so must every weight change the event store holds.
 * {@code -Dtraccia.crash.kills=20} for a longer run; {@code -Dtraccia.crash.seed=…} repeats one.
 */
class CrashRecoveryIT {

    private static final int KILLS = Integer.getInteger("traccia.crash.kills", 3);
    private static final long SEED = Long.getLong("traccia.crash.seed", System.nanoTime());
    private static final int WRITERS = 3;
    private static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL on port (\\d+)");

    @TempDir
    Path dataDir;

    private final Random random = new Random(SEED);
    /** How many changes each writer sent, across kills: each change's weight differs from the one before it. */
    private final AtomicInteger[] sent = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    private Process application;
    private int port;
    private int run;

    @AfterEach
    void stopWhatIsLeftAndKeepTheLogs() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroyForcibly().waitFor();
        }
        stopThePostgresLeftOn(dataDir.resolve("postgres"));
        Path logs = Files.createDirectories(Path.of("target", "crash-recovery-logs"));
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path log : files.filter(file -> file.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(log, logs.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void keepsEveryAcknowledgedChangeInEveryReadModelExactlyOnceAcrossKills() throws Exception {
        System.out.printf("Crash test: %d kills, seed %d%n", KILLS, SEED);
        start();
        String planId = aPlanWithOneObjectivePerWriter();
        List<String> objectives = objectivesOf(planId);
        Map<String, Change> acknowledged = new ConcurrentHashMap<>();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        List<Long> killedAfter = new ArrayList<>();

        for (int kill = 1; kill <= KILLS; kill++) {
            long after = 300 + random.nextInt(2200);
            streamWeightChangesUntilKilled(kill, "/api/plans/" + planId, objectives, after, acknowledged, attempted);
            killedAfter.add(after);
            start();
            awaitEveryAcknowledgedChangeIn(planId, acknowledged);
        }

        JsonNode trail = api("ndv").get("/api/plans/" + planId + "/history").body().path("entries");
        Map<String, Integer> inTrail = countByReason(trail);
        for (Change change : acknowledged.values()) {
            assertThat(inTrail.get(change.reason())).as("audit entries of " + change.reason()).isEqualTo(1);
            JsonNode history = api("ndv").get("/api/plans/" + planId + "/objectives/" + change.objectiveId()
                    + "/weight-history").body().path("entries");
            assertThat(countByReason(history).get(change.reason())).as("weight history of " + change.reason())
                    .isEqualTo(1);
            assertThat(weightOf(history, change.reason())).isEqualTo(change.weight());
        }
        inTrail.forEach((reason, count) -> assertThat(count).as("audit entries of " + reason).isEqualTo(1));
        List<String> stored = storedWeightChangeReasons(planId);
        assertThat(stored).as("every weight change in the event store is in the audit trail")
                .containsExactlyInAnyOrderElementsOf(inTrail.keySet());
        assertThat(stored).containsAll(acknowledged.keySet());
        System.out.printf("Crash test: %d kills (after %s ms), %d changes sent, %d acknowledged, %d in the event store, "
                + "every one exactly once in the audit trail and the weight history%n", KILLS, killedAfter,
                attempted.size(), acknowledged.size(), stored.size());
        stopGracefully();
    }

    /** Writers change the weights of their own objective until the process is killed after {@code afterMillis}. */
    private void streamWeightChangesUntilKilled(int kill, String planPath, List<String> objectives, long afterMillis,
                                                Map<String, Change> acknowledged, Set<String> attempted)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch writersDone = new CountDownLatch(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            String objectiveId = objectives.get(writer);
            int number = writer;
            Thread thread = new Thread(() -> {
                Api segretario = api("segretario");
                while (!killed.get()) {
                    int change = sent[number].getAndIncrement();
                    String reason = "Riequilibrio " + kill + "-" + number + "-" + change;
                    String weight = String.valueOf(1 + change % 99);
                    attempted.add(reason);
                    try {
                        Api.Response response = segretario.put(planPath + "/objectives/" + objectiveId + "/weight", """
                                {"weight": "%s", "reason": "%s"}""".formatted(weight, reason));
                        if (response.status() == 204) {
                            acknowledged.put(reason, new Change(objectiveId, reason, weight));
                        }
                    } catch (IllegalStateException connectionLost) {
                        // the process was killed under this request: it may or may not have been recorded
                    }
                }
                writersDone.countDown();
            }, "writer-" + writer);
            thread.start();
        }
        Thread.sleep(afterMillis);
        application.destroyForcibly().waitFor();
        killed.set(true);
        writersDone.await();
    }

    private void start() throws Exception {
        run++;
        port = ApplicationJar.freePort();
        application = ApplicationJar.start(port, dataDir.resolve("application-" + run + ".log"), List.of(
                "--traccia.data-dir=" + dataDir, "--traccia.demo.plan=false", "--logging.level.root=WARN",
                "--logging.level.it.traccia.app.infrastructure=INFO",
                "--logging.level.org.axonframework.eventhandling.TrackingEventProcessor=INFO"));
    }

    private void stopGracefully() throws Exception {
        application.destroy();
        assertThat(application.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("postmaster.pid")))
                .as("a graceful stop stops the embedded PostgreSQL too").isFalse();
    }

    private String aPlanWithOneObjectivePerWriter() {
        String comune = Enti.aComune(port);
        Api segretario = api("segretario");
        String planId = segretario.post("/api/plans", MonteCremasco.plan(comune)).id();
        String structureId = segretario.post("/api/plans/" + planId + "/structures", MonteCremasco.SEGRETERIA).id();
        for (int writer = 1; writer <= WRITERS; writer++) {
            assertThat(segretario.post("/api/plans/" + planId + "/structures/" + structureId + "/objectives",
                    MonteCremasco.objective(String.valueOf(writer), "20")).status()).isEqualTo(201);
        }
        return planId;
    }

    private List<String> objectivesOf(String planId) {
        List<String> ids = new ArrayList<>();
        api("segretario").get("/api/plans/" + planId).body().path("structures").get(0).path("objectives")
                .forEach(objective -> ids.add(objective.path("id").asText()));
        return ids;
    }

    private void awaitEveryAcknowledgedChangeIn(String planId, Map<String, Change> acknowledged) throws Exception {
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                    countByReason(trailOf(planId)).keySet().containsAll(acknowledged.keySet()));
        } catch (ConditionTimeoutException missing) {
            Set<String> inTrail = countByReason(trailOf(planId)).keySet();
            List<String> lost = acknowledged.keySet().stream().filter(reason -> !inTrail.contains(reason)).sorted().toList();
            List<String> stored = storedWeightChangeReasons(planId);
            throw new AssertionError("Acknowledged changes missing from the audit trail after restart " + run + ": " + lost
                    + "; of these, in the event store: " + lost.stream().filter(stored::contains).toList(), missing);
        }
    }

    private JsonNode trailOf(String planId) {
        return api("ndv").get("/api/plans/" + planId + "/history").body().path("entries");
    }

    /** The reasons of the plan's weight changes as the event store holds them, read with plain JDBC. */
    private List<String> storedWeightChangeReasons(String planId) throws IOException, SQLException {
        Matcher port = POSTGRES_PORT.matcher(Files.readString(dataDir.resolve("application-" + run + ".log")));
        assertThat(port.find()).as("the embedded PostgreSQL's port in the log").isTrue();
        List<String> reasons = new ArrayList<>();
        try (Connection jdbc = DriverManager.getConnection("jdbc:postgresql://localhost:" + port.group(1) + "/postgres",
                "postgres", "postgres");
             PreparedStatement query = jdbc.prepareStatement("select convert_from(payload, 'UTF8')::json ->> 'reason' from "
                     + "domain_event_entry where aggregate_identifier = ? and payload_type like '%ObjectiveWeightChanged'")) {
            query.setString(1, planId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reasons.add(rows.getString(1));
                }
            }
        }
        return reasons;
    }

    private static Map<String, Integer> countByReason(JsonNode entries) {
        Map<String, Integer> counts = new HashMap<>();
        entries.forEach(entry -> {
            String reason = entry.path("reason").asText();
            if (reason.startsWith("Riequilibrio ")) {
                counts.merge(reason, 1, Integer::sum);
            }
        });
        return counts;
    }

    private static String weightOf(JsonNode history, String reason) {
        for (JsonNode entry : history) {
            if (entry.path("reason").asText().equals(reason)) {
                return entry.path("after").asText();
            }
        }
        return null;
    }

    private Api api(String user) {
        return Api.as(port, user);
    }

    /** Stops a PostgreSQL a failed run may have left on the directory, as the application itself would at start. */
    private static void stopThePostgresLeftOn(Path postgresDir) throws IOException {
        Path pidFile = postgresDir.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            String pid = Files.readAllLines(pidFile).get(0).strip();
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroy);
        }
    }

    /** One acknowledged weight change: on which objective, why, to which weight. */
    private record Change(String objectiveId, String reason, String weight) {
    }
}
