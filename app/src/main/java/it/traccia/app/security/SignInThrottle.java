package it.traccia.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down repeated failed sign-ins (tentativi di accesso falliti), per user and per client address, without ever
 * locking anyone out for good: after {@code freeAttempts} failures of the same key, each further attempt must wait a
 * delay that doubles with every failure, from {@code firstDelay} up to {@code maxDelay}; a key is forgotten once
 * {@code forgetAfter} has passed since its last failure, and a user's successful sign-in clears that user's failures.
 * At most {@value #MAX_KEYS} keys are remembered, the least recently failed forgotten first, so a flood of made-up
 * user names cannot fill the memory.
 */
public class SignInThrottle {

    static final int MAX_KEYS = 50_000;

    private final SecurityProperties.SignInThrottling policy;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public SignInThrottle(SecurityProperties.SignInThrottling policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** How long the key must still wait before its next attempt; empty when it may try now. */
    public synchronized Optional<Duration> waitFor(String key) {
        Failures known = failures.get(key);
        if (known == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(known.last().plus(policy.forgetAfter()))) {
            failures.remove(key);
            return Optional.empty();
        }
        Instant allowedFrom = known.last().plus(delayAfter(known.count()));
        return now.isBefore(allowedFrom) ? Optional.of(Duration.between(now, allowedFrom)) : Optional.empty();
    }

    /** Counts one more failed attempt of the key. */
    public synchronized void failed(String key) {
        Instant now = clock.instant();
        Failures known = failures.get(key);
        boolean forgotten = known == null || now.isAfter(known.last().plus(policy.forgetAfter()));
        failures.put(key, new Failures(forgotten ? 1 : known.count() + 1, now));
    }

    /** Forgets the failures of the key after a successful sign-in. */
    public synchronized void succeeded(String key) {
        failures.remove(key);
    }

    /**
     * The wait imposed after this many failures: none before the free attempts are used up, the first delay once they
     * are, then doubling with every further failure up to the maximum.
     */
    Duration delayAfter(int count) {
        int beyond = count - policy.freeAttempts();
        if (beyond < 0) {
            return Duration.ZERO;
        }
        Duration delay = policy.firstDelay();
        for (int doubling = 0; doubling < beyond && delay.compareTo(policy.maxDelay()) < 0; doubling++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay;
    }

    private record Failures(int count, Instant last) {
    }
}
