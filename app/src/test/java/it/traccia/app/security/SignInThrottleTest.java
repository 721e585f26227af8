package it.traccia.app.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slowing down of failed sign-ins (rallentamento dei tentativi falliti), on a clock the test moves: free attempts,
 * a delay doubling up to the maximum, keys forgotten after a while or on success, and a bounded number of keys.
 */
class SignInThrottleTest {

    private static final SecurityProperties.SignInThrottling POLICY = new SecurityProperties.SignInThrottling(5,
            Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
    private static final String USER = "user:segretario";

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(POLICY, clock);

    @Test
    void letsEveryFreeAttemptThroughWithoutWaiting() {
        for (int failure = 1; failure < POLICY.freeAttempts(); failure++) {
            throttle.failed(USER);

            assertThat(throttle.waitFor(USER)).as("after %d failures", failure).isEmpty();
        }
    }

    @Test
    void makesTheAttemptAfterTheFreeOnesWaitTheFirstDelay() {
        failTimes(USER, POLICY.freeAttempts());

        assertThat(throttle.waitFor(USER)).contains(Duration.ofSeconds(1));
    }

    @Test
    void doublesTheDelayWithEveryFurtherFailureUpToTheMaximum() {
        failTimes(USER, POLICY.freeAttempts());
        assertThat(throttle.waitFor(USER)).contains(Duration.ofSeconds(1));

        long[] expectedSeconds = {2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long seconds : expectedSeconds) {
            throttle.failed(USER);

            assertThat(throttle.waitFor(USER)).contains(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void staysAtTheMaximumDelayHoweverManyTheFailures() {
        failTimes(USER, 10_000);

        assertThat(throttle.waitFor(USER)).contains(Duration.ofMinutes(5));
    }

    @Test
    void countsTheDelayFromTheLastFailure() {
        failTimes(USER, POLICY.freeAttempts() + 1);

        clock.advance(Duration.ofMillis(1_500));
        assertThat(throttle.waitFor(USER)).contains(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(throttle.waitFor(USER)).isEmpty();
    }

    @Test
    void keepsCountingTheFailuresOfAKeyWithinForgetAfter() {
        failTimes(USER, POLICY.freeAttempts() + 2);

        clock.advance(POLICY.forgetAfter().minusSeconds(1));
        throttle.failed(USER);

        assertThat(throttle.waitFor(USER)).contains(Duration.ofSeconds(8));
    }

    @Test
    void forgetsAKeyOnceForgetAfterHasPassedSinceItsLastFailure() {
        failTimes(USER, POLICY.freeAttempts() + 2);

        clock.advance(POLICY.forgetAfter().plusMillis(1));
        throttle.failed(USER);

        assertThat(throttle.waitFor(USER)).as("one failure, counted afresh").isEmpty();
        failTimes(USER, POLICY.freeAttempts() - 1);
        assertThat(throttle.waitFor(USER)).contains(Duration.ofSeconds(1));
    }

    @Test
    void clearsTheFailuresOfAKeyOnASuccessfulSignIn() {
        failTimes(USER, POLICY.freeAttempts() + 3);

        throttle.succeeded(USER);

        assertThat(throttle.waitFor(USER)).isEmpty();
        failTimes(USER, POLICY.freeAttempts() - 1);
        assertThat(throttle.waitFor(USER)).as("free attempts again").isEmpty();
    }

    @Test
    void keepsTheFailuresOfEachKeyApart() {
        failTimes(USER, POLICY.freeAttempts() + 3);

        throttle.failed("user:ndv");
        throttle.succeeded("user:ndv");

        assertThat(throttle.waitFor("user:ndv")).isEmpty();
        assertThat(throttle.waitFor("address:192.0.2.7")).isEmpty();
        assertThat(throttle.waitFor(USER)).contains(Duration.ofSeconds(8));
    }

    @Test
    void forgetsTheLeastRecentlyFailedKeyBeyondTheMaximumNumberOfKeys() {
        SignInThrottle afterOneFailure = new SignInThrottle(new SecurityProperties.SignInThrottling(1,
                Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(15)), clock);
        for (int key = 0; key < SignInThrottle.MAX_KEYS; key++) {
            afterOneFailure.failed("user:made-up-" + key);
        }
        afterOneFailure.failed("user:made-up-0");

        afterOneFailure.failed("user:one-too-many");

        assertThat(afterOneFailure.waitFor("user:made-up-1")).as("least recently failed").isEmpty();
        assertThat(afterOneFailure.waitFor("user:made-up-0")).as("failed again lately").isPresent();
        assertThat(afterOneFailure.waitFor("user:made-up-2")).isPresent();
        assertThat(afterOneFailure.waitFor("user:one-too-many")).isPresent();
    }

    private void failTimes(String key, int times) {
        for (int failure = 0; failure < times; failure++) {
            throttle.failed(key);
        }
    }

    /** A clock that stands still until the test moves it forward. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock has one zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
