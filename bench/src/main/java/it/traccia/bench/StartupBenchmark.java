package it.traccia.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The start-up of Traccia (avvio) as its users run it: the application jar in a process of its own, with the JVM
 * options of the documented run command ({@code traccia.jvm.options} in the root pom), on embedded stores with the demo
 * data, first on a fresh data directory and then restarted on it. Prints the time from the process's start to
 * {@code /actuator/health} answering 200, and the resident memory of the Java process then and at its peak. Started by
 * {@link Benchmarks} before anything else runs, so that nothing competes for the cores.
 */
final class StartupBenchmark {

    private static final Path JAR = Path.of(System.getProperty("bench.startup.jar", "app/target/app-exec.jar"));
    private static final String JVM_OPTIONS = System.getProperty("bench.startup.jvm-options", "");
    private static final int RESTARTS = Integer.getInteger("bench.startup.restarts", 3);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private StartupBenchmark() {
    }

    static void run() throws Exception {
        System.out.println();
        if (!Files.isRegularFile(JAR)) {
            System.out.println("Traccia — start-up not measured: no application jar at " + JAR.toAbsolutePath()
                    + " (build it with ./mvnw -pl bench -am -Pbench verify -DskipTests)");
            return;
        }
        System.out.println("Traccia — start-up of the application jar on embedded stores with the demo data, JVM options: "
                + (JVM_OPTIONS.isBlank() ? "(none)" : JVM_OPTIONS));
        Path dataDir = Files.createTempDirectory("traccia-startup-");
        print("first start, fresh data directory", start(dataDir));
        List<Start> restarts = new ArrayList<>();
        for (int i = 0; i < RESTARTS; i++) {
            restarts.add(start(dataDir));
        }
        if (!restarts.isEmpty()) {
            restarts.sort((a, b) -> Long.compare(a.readyMillis(), b.readyMillis()));
            print("restart on the same data (median of " + RESTARTS + ")", restarts.get(restarts.size() / 2));
        }
    }

    private static void print(String what, Start start) {
        System.out.printf("%-44s ready in %6.2f s   resident %4d MiB when ready, peak %4d MiB%n", what,
                start.readyMillis() / 1000.0, start.residentMiB(), start.peakMiB());
    }

    /** Starts the jar on the data directory, waits until it is healthy, reads its memory, and stops it. */
    private static Start start(Path dataDir) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.stream(JVM_OPTIONS.split("\\s+")).filter(option -> !option.isBlank()).toList());
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port, "--traccia.data-dir=" + dataDir));
        Path log = Files.createTempFile("traccia-startup-", ".log");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (!healthy(http, health)) {
                if (!process.isAlive() || System.nanoTime() - started > START_TIMEOUT.toNanos()) {
                    throw new IllegalStateException("Traccia did not start:\n" + Files.readString(log));
                }
                Thread.sleep(20);
            }
            long readyMillis = (System.nanoTime() - started) / 1_000_000;
            return new Start(readyMillis, memoryMiB(process, "VmRSS:"), memoryMiB(process, "VmHWM:"));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(log);
        }
    }

    private static boolean healthy(HttpClient http, HttpRequest health) throws InterruptedException {
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** A figure of the process's memory from {@code /proc/<pid>/status}, in MiB; -1 where there is no such file. */
    private static long memoryMiB(Process process, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(-1L);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One start: how long it took to be ready, and the resident memory then and at its peak. */
    private record Start(long readyMillis, long residentMiB, long peakMiB) {
    }
}
