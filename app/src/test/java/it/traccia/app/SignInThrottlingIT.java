package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins over HTTP Basic are slowed down (tentativi di accesso rallentati) per user and per client address,
 * with the default policy: five free attempts, then a one-second delay. Shares the stores of the other end-to-end tests
 * without disturbing them: it signs in from loopback addresses of its own ({@code 127.0.0.x}, never the
 * {@code 127.0.0.1} of the other tests), as a demo user no other test signs in as, and leaves that user unthrottled.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingIT extends EmbeddedStoresIT {

    private static final String USER = "resp-tecnica";
    private static final String RIGHT = "demo";
    private static final String WRONG = "not-the-password";
    private static final int FREE_ATTEMPTS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void leavesTheUserUnthrottled() throws InterruptedException {
        Answer answer = signIn("127.0.0.99", USER, RIGHT);
        for (int attempt = 0; answer.status() == 429 && attempt < 5; attempt++) {
            Thread.sleep(answer.retryAfterSeconds() * 1000L);
            answer = signIn("127.0.0.99", USER, RIGHT);
        }
        assertThat(answer.status()).as("the user signs in again after the tests").isEqualTo(200);
    }

    @Test
    void rejectsEveryAttemptOfAThrottledUserBeforeCheckingThePassword(CapturedOutput log) {
        for (int failure = 1; failure <= FREE_ATTEMPTS; failure++) {
            Answer refused = signIn("127.0.0.11", USER, WRONG);
            assertThat(refused.status()).as("failure %d", failure).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("NotAuthenticated");
        }

        Answer rightPassword = signIn("127.0.0.11", USER, RIGHT);
        Answer wrongPassword = signIn("127.0.0.11", USER, WRONG);
        Answer fromElsewhere = signIn("127.0.0.12", USER, RIGHT);

        for (Answer throttled : new Answer[] {rightPassword, wrongPassword, fromElsewhere}) {
            assertThat(throttled.status()).as(throttled.body().toString()).isEqualTo(429);
            assertThat(throttled.code()).isEqualTo("TooManySignInAttempts");
            assertThat(throttled.retryAfterSeconds()).isEqualTo(1);
        }
        assertThat(log.getOut()).contains("Failed sign-in of user:resp-tecnica from address:127.0.0.11")
                .contains("Sign-in of user:resp-tecnica from address:127.0.0.12 refused: retry in 1 s");
    }

    @Test
    void letsTheRightPasswordInAfterTheDelayAndThenForgetsTheUsersFailures() throws InterruptedException {
        for (int failure = 1; failure <= FREE_ATTEMPTS; failure++) {
            assertThat(signIn("127.0.0.21", USER, WRONG).status()).as("failure %d", failure).isEqualTo(401);
        }
        Answer throttled = signIn("127.0.0.21", USER, WRONG);
        assertThat(throttled.status()).isEqualTo(429);

        Thread.sleep(throttled.retryAfterSeconds() * 1000L);
        Answer signedIn = signIn("127.0.0.21", USER, RIGHT);

        assertThat(signedIn.status()).as("the throttled attempt was not counted").isEqualTo(200);
        assertThat(signedIn.body().path("userId").asText()).isEqualTo(USER);
        for (int failure = 1; failure <= FREE_ATTEMPTS - 1; failure++) {
            assertThat(signIn("127.0.0.22", USER, WRONG).status()).as("free again, failure %d", failure).isEqualTo(401);
        }
        assertThat(signIn("127.0.0.22", USER, RIGHT).status()).isEqualTo(200);
    }

    @Test
    void throttlesAClientAddressWhicheverUserItTries() {
        for (int failure = 1; failure <= FREE_ATTEMPTS; failure++) {
            assertThat(signIn("127.0.0.31", "nessuno-" + failure, WRONG).status()).isEqualTo(401);
        }

        Answer fromThatAddress = signIn("127.0.0.31", USER, RIGHT);
        Answer fromAnother = signIn("127.0.0.32", USER, RIGHT);

        assertThat(fromThatAddress.status()).isEqualTo(429);
        assertThat(fromThatAddress.code()).isEqualTo("TooManySignInAttempts");
        assertThat(fromAnother.status()).isEqualTo(200);
    }

    /**
     * Asks {@code GET /api/me} with HTTP Basic credentials from the given loopback address: Java's HTTP client cannot
     * choose the address it connects from, so this speaks HTTP/1.0 over a socket bound to it.
     */
    private Answer signIn(String fromAddress, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String request = "GET /api/me HTTP/1.0\r\nHost: localhost:" + port + "\r\nAccept: application/json\r\n"
                + "Authorization: Basic " + credentials + "\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return Answer.parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP call from " + fromAddress + " failed", e);
        }
    }

    /** One HTTP/1.0 answer: status, headers by lower-case name, JSON body. */
    private record Answer(int status, Map<String, String> headers, JsonNode body) {

        static Answer parse(String raw) throws IOException {
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int line = 1; line < lines.length; line++) {
                int colon = lines[line].indexOf(':');
                headers.put(lines[line].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[line].substring(colon + 1).strip());
            }
            String body = raw.substring(end + 4);
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
        }

        String code() {
            return body.path("code").asText();
        }

        int retryAfterSeconds() {
            return Integer.parseInt(headers.getOrDefault("retry-after", "0"));
        }
    }
}
