package it.traccia.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Puts {@link SignInThrottle} in front of the sign-in: a request carrying a password for a user, or from a client
 * address, that must still wait is answered 429 with {@code Retry-After} before its password is even checked; every
 * refused sign-in (401) is logged, and a refused password counted against its user and its address; a successful
 * sign-in clears that user's count. A refused bearer token is logged but not counted: a signed token cannot be
 * guessed, and a client repeating an expired one must not slow down everyone behind the same address.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottleFilter.class);
    private static final String BASIC = "Basic ";
    private static final int MAX_CREDENTIALS_LENGTH = 1024;

    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    public SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        String address = "address:" + request.getRemoteAddr();
        Optional<String> user = basicUser(authorization).map(name -> "user:" + name);
        Optional<Duration> wait = longest(throttle.waitFor(address), user.flatMap(throttle::waitFor));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            LOG.warn("Sign-in of {} from {} refused: retry in {} s", user.orElse("a bearer token"), address, seconds);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "TooManySignInAttempts",
                    "Troppi tentativi di accesso falliti: riprova fra " + seconds + " secondi");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            LOG.warn("Failed sign-in of {} from {}", user.orElse("a bearer token"), address);
            if (user.isPresent()) {
                throttle.failed(address);
                throttle.failed(user.get());
            }
        } else {
            user.ifPresent(throttle::succeeded);
        }
    }

    /** The user name of HTTP Basic credentials, read only when they are of a sane length. */
    private static Optional<String> basicUser(String authorization) {
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())
                || authorization.length() > MAX_CREDENTIALS_LENGTH) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> longest(Optional<Duration> one, Optional<Duration> other) {
        if (one.isEmpty()) {
            return other;
        }
        return other.isPresent() && other.get().compareTo(one.get()) > 0 ? other : one;
    }
}
