package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of Traccia on the same stores (archivi condivisi), each a process of the application jar: the first on
 * its embedded PostgreSQL and MongoDB-protocol server, the second reaching them through relays that the test can take
 * down. Both serve reads and writes; each read model's processor splits its segments between them; the Giunta's task of
 * a submission exists once; when PostgreSQL or MongoDB is away the second answers as it should and recovers by itself;
 * when it is killed with SIGKILL the first takes its segments within seconds and nothing acknowledged is lost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedStoresIT {

    private static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL on port (\\d+)");
    private static final Pattern MONGO_PORT = Pattern.compile("Embedded MongoDB-protocol server on port (\\d+)");
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final List<String> READ_MODELS = List.of("read-models");

    private static Path dataDir;
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static int first;
    private static int second;
    private static Process secondProcess;
    private static TcpRelay postgresRelay;
    private static TcpRelay mongoRelay;
    private static String planId;
    private static String weightPath;
    private static String objectiveId;

    @BeforeAll
    static void startBoth() throws Exception {
        dataDir = Files.createTempDirectory("traccia-shared-");
        first = ApplicationJar.freePort();
        start("first.log", first, "--traccia.data-dir=" + dataDir.resolve("data"), "--traccia.instances.shared-stores=true");
        String log = Files.readString(dataDir.resolve("first.log"));
        postgresRelay = new TcpRelay(port(POSTGRES_PORT, log));
        mongoRelay = new TcpRelay(port(MONGO_PORT, log));
        second = ApplicationJar.freePort();
        secondProcess = start("second.log", second,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgresRelay.port() + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + mongoRelay.port() + "/traccia",
                // The first instance's MongoDB-protocol server has no 'hello' command, which Boot's health check asks.
                "--management.health.mongo.enabled=false",
                "--traccia.security.administrators[0]=admin",
                "--traccia.security.users[0].username=admin", "--traccia.security.users[0].password={noop}demo",
                "--traccia.security.users[1].username=segretario", "--traccia.security.users[1].password={noop}demo",
                "--traccia.security.users[2].username=giunta", "--traccia.security.users[2].password={noop}demo",
                "--traccia.security.users[3].username=ndv", "--traccia.security.users[3].password={noop}demo",
                "--traccia.security.users[4].username=resp-segreteria",
                "--traccia.security.users[4].password={noop}demo");
    }

    @AfterAll
    static void stopBothAndKeepTheLogs() throws Exception {
        for (Process process : PROCESSES) {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        }
        postgresRelay.close();
        mongoRelay.close();
        Path logs = Files.createDirectories(Path.of("target", "shared-stores-logs"));
        for (String name : List.of("first.log", "second.log")) {
            Files.copy(dataDir.resolve(name), logs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void splitTheSegmentsAndServeReadsAndWritesBothWaysWithOneTaskPerSubmission() {
        await("each instance holds one of the two segments of every read model").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> segmentsHeld(first).values().stream().allMatch(held -> held == 1)
                        && segmentsHeld(second).values().stream().allMatch(held -> held == 1));

        planId = PlanScenario.aDraft(first).planId;
        JsonNode objective = Api.as(second, "ndv").get("/api/plans/" + planId).body().path("structures").get(0)
                .path("objectives").get(0);
        objectiveId = objective.path("id").asText();
        weightPath = "/api/plans/" + planId + "/objectives/" + objectiveId + "/weight";
        String weight = objective.path("weight").asText();
        for (int writer : List.of(second, first)) {
            changeWeight(writer, weight.equals("10") ? "11" : "10");
            changeWeight(writer, weight);
            for (int reader : List.of(first, second)) {
                assertThat(lastWeight(reader)).as("written on %d, read at once on %d", writer, reader).isEqualTo(weight);
            }
        }

        assertThat(Api.as(second, "segretario").post("/api/plans/" + planId + "/submit", "{}").status()).isEqualTo(202);
        List<String> tasksOnFirst = tasksOf(first, planId);
        assertThat(tasksOnFirst).hasSize(1);
        assertThat(tasksOf(second, planId)).isEqualTo(tasksOnFirst);
        Api.Response approved = Api.as(first, "giunta").post("/api/tasks/" + tasksOnFirst.get(0) + "/complete", """
                {"decision": "APPROVE", "resolutionNumber": "7", "resolutionDate": "2026-01-20"}""");
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(204);
        assertThat(Api.as(second, "ndv").get("/api/plans/" + planId).body().path("status").asText()).isEqualTo("ADOPTED");
        Api.Response variation = Api.as(second, "segretario").post("/api/plans/" + planId + "/variations", """
                {"reason": "Variazione per le prove sugli archivi"}""");
        assertThat(variation.status()).as(variation.body().toString()).isEqualTo(201);
    }

    @Test
    @Order(2)
    void answersStoreUnavailableWithoutPostgresqlWritesNothingHalfAndRecoversByItself() throws Exception {
        List<String> before = eventIds(first);
        postgresRelay.down();
        long until = System.nanoTime() + OUTAGE.toNanos();
        int refused = 0;
        while (System.nanoTime() < until) {
            Api.Response answer = Api.as(second, "segretario").put(weightPath, """
                    {"weight": "12", "reason": "Durante l'interruzione di PostgreSQL"}""");
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(503);
            assertThat(answer.body().path("code").asText()).isEqualTo("StoreUnavailable");
            refused++;
        }
        postgresRelay.up();

        assertThat(refused).isPositive();
        assertThat(eventIds(first)).as("no refused write left an event").isEqualTo(before);
        await("the second instance writes again once PostgreSQL is back").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Api.as(second, "segretario").put(weightPath, """
                        {"weight": "13", "reason": "Dopo l'interruzione di PostgreSQL"}""").status() == 204);
        await().atMost(Duration.ofSeconds(30)).until(() -> lastWeight(second).equals("13") && lastWeight(first).equals("13"));
    }

    @Test
    @Order(3)
    void acceptsCommandsWithoutMongodbAnswersReadsUnavailableAndCatchesUpAfterwards() throws Exception {
        mongoRelay.down();
        List<String> accepted = new ArrayList<>();
        long until = System.nanoTime() + OUTAGE.toNanos();
        for (int i = 0; System.nanoTime() < until; i++) {
            String weight = String.valueOf(20 + i % 2);
            Api.Response written = Api.as(second, "segretario").put(weightPath, """
                    {"weight": "%s", "reason": "Durante l'interruzione di MongoDB %d"}""".formatted(weight, i));
            assertThat(written.status()).as(written.body().toString()).isEqualTo(204);
            accepted.add("Durante l'interruzione di MongoDB " + i);
            Api.Response read = Api.as(second, "ndv").get("/api/plans/" + planId);
            assertThat(read.status()).as(read.body().toString()).isEqualTo(503);
            assertThat(read.body().path("code").asText()).isEqualTo("StoreUnavailable");
        }
        mongoRelay.up();

        assertThat(accepted).isNotEmpty();
        await("every change accepted without MongoDB is in the weight history, once").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    for (int reader : List.of(first, second)) {
                        List<String> reasons = new ArrayList<>();
                        Api.as(reader, "ndv").get(weightPath.replace("/weight", "/weight-history")).body().path("entries")
                                .forEach(entry -> reasons.add(entry.path("reason").asText()));
                        assertThat(reasons.stream().filter(accepted::contains).toList()).isEqualTo(accepted);
                    }
                });
    }

    @Test
    @Order(4)
    void handTheSegmentsOfAKilledInstanceToTheOtherWithinSecondsAndLoseNothing() throws Exception {
        List<String> before = eventIds(first);

        secondProcess.destroyForcibly().waitFor();

        await("the first instance takes the segments of the one that died").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> segmentsHeld(first).values().stream().allMatch(held -> held == 2));
        changeWeight(first, "30");
        List<String> after = eventIds(first);
        assertThat(after).startsWith(before.toArray(String[]::new)).hasSize(before.size() + 1);
        assertThat(lastWeight(first)).isEqualTo("30");
    }

    private static void changeWeight(int port, String weight) {
        Api.Response changed = Api.as(port, "segretario").put(weightPath, """
                {"weight": "%s", "reason": "Prova sugli archivi condivisi"}""".formatted(weight));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(204);
    }

    private static String lastWeight(int port) {
        JsonNode entries = Api.as(port, "ndv").get(weightPath.replace("/weight", "/weight-history")).body().path("entries");
        return entries.get(entries.size() - 1).path("after").asText();
    }

    private static List<String> eventIds(int port) {
        JsonNode trail = Api.as(port, "ndv").get("/api/plans/" + planId + "/history").body();
        return StreamSupport.stream(trail.path("entries").spliterator(), false)
                .map(entry -> entry.path("eventId").asText()).toList();
    }

    /** How many segments of each read model's processor the instance holds, from its health details. */
    private static Map<String, Integer> segmentsHeld(int port) {
        JsonNode details = Api.as(port, "admin").get("/actuator/health").body().path("components").path("readModels")
                .path("details");
        Map<String, Integer> held = new TreeMap<>();
        for (String processor : READ_MODELS) {
            int segments = 0;
            for (var names = details.path(processor).fieldNames(); names.hasNext(); ) {
                if (names.next().startsWith("segment")) {
                    segments++;
                }
            }
            held.put(processor, segments);
        }
        return held;
    }

    private static List<String> tasksOf(int port, String planId) {
        JsonNode tasks = Api.as(port, "giunta").get("/api/tasks").body();
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(task -> task.path("planId").asText().equals(planId))
                .map(task -> task.path("id").asText()).toList();
    }

    private static Process start(String logName, int port, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of("--traccia.demo.plan=false", "--logging.level.root=WARN",
                "--logging.level.it.traccia.app=INFO",
                // No deadline timer fires beside the route under test.
                "--traccia.approval.deadline=--12-31"));
        all.addAll(List.of(arguments));
        Process process = ApplicationJar.start(port, dataDir.resolve(logName), all);
        PROCESSES.add(process);
        return process;
    }

    private static int port(Pattern pattern, String log) {
        Matcher matcher = pattern.matcher(log);
        assertThat(matcher.find()).as("the log names the port: " + pattern).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

}
