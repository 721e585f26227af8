package it.traccia.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of the end-to-end tests: the whole application on a random port, on the embedded PostgreSQL and MongoDB-protocol
 * server in a fresh temporary directory. Every subclass shares this one configuration, so the stores start once per JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Spring Boot's tests turn the metrics' export off; Traccia's metrics endpoint is part of what they check.
@AutoConfigureObservability(tracing = false)
abstract class EmbeddedStoresIT {

    private static final Path DATA_DIR = freshDirectory();
    /** A real SMTP server in the test JVM, which every reminder e-mail of these tests reaches. */
    static final GreenMail MAIL = startedMailServer();
    /** The domain of every user's address in these tests. */
    static final String MAIL_DOMAIN = "monte-cremasco.example";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedStoresInATemporaryDirectory(DynamicPropertyRegistry registry) {
        registry.add("traccia.data-dir", DATA_DIR::toString);
        // The tests import the real draft themselves; the demo copy would take its organisation and year first.
        registry.add("traccia.demo.plan", () -> "false");
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("traccia.notifications.address-template", () -> "{userId}@" + MAIL_DOMAIN);
        // The reminders run when a test asks, not in the background at start-up.
        registry.add("traccia.reminders.at-start", () -> "false");
    }

    Api segretario() {
        return Api.as(port, "segretario");
    }

    /** A comune of the test's own, registered, with every demo user in their role ({@link Enti}). */
    String aComune() {
        return Enti.aComune(port);
    }

    Api as(String user) {
        return Api.as(port, user);
    }

    private static GreenMail startedMailServer() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    private static Path freshDirectory() {
        try {
            Path directory = Files.createTempDirectory("traccia-it-");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
