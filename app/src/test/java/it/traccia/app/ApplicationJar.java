package it.traccia.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Traccia as its own process (l'applicazione come processo): the jar the package phase built, started on a port with
 * the given arguments and its output in a log file, returned once {@code /actuator/health} answers 200.
 */
final class ApplicationJar {

    private static final Path JAR = Path.of(System.getProperty("traccia.app.jar", "target/app-0.1.0-SNAPSHOT-exec.jar"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private ApplicationJar() {
    }

    /** Starts the jar with {@code -Xmx512m} and the arguments, and waits until it is healthy. */
    static Process start(int port, Path log, List<String> arguments) throws IOException {
        assertThat(JAR).as("the application jar, built by the package phase").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Daxoniq.update-checker.disabled=true", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Traccia did not start:\n" + Files.readString(log));
            }
            try {
                return Api.anonymous(port).get("/actuator/health").status() == 200;
            } catch (IllegalStateException notYet) {
                return false;
            }
        });
        return process;
    }

    /** A port nobody listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
