package it.traccia.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link SignInThrottle} in front of the sign-in form (accesso dalla pagina): a user or address that must still wait
 * is sent back to the form with the seconds to wait before its password is checked; a wrong password is counted
 * against its user and its address, a right one clears the user's count. The same counts as the API's.
 */
@Component
public class FormSignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(FormSignInThrottle.class);
    private static final String SIGN_IN = "/accesso";
    /** A user name longer than this is not one; it is not remembered as a key of its own. */
    private static final int MAX_USER_LENGTH = 200;

    private final SignInThrottle throttle;

    public FormSignInThrottle(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** The check before the password: a sign-in that must wait goes back to the form, {@code ?attendi=seconds}. */
    OncePerRequestFilter beforeSignIn() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"POST".equals(request.getMethod()) || !SIGN_IN.equals(request.getServletPath())) {
                    chain.doFilter(request, response);
                    return;
                }
                Optional<Duration> wait = throttle.waitFor(address(request));
                Optional<Duration> userWait = user(request).flatMap(throttle::waitFor);
                if (userWait.isPresent() && (wait.isEmpty() || userWait.get().compareTo(wait.get()) > 0)) {
                    wait = userWait;
                }
                if (wait.isPresent()) {
                    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                    LOG.warn("Sign-in on the form from {} refused: retry in {} s", address(request), seconds);
                    response.sendRedirect(request.getContextPath() + SIGN_IN + "?attendi=" + seconds);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationFailureHandler onFailure() {
        return (request, response, refused) -> {
            LOG.warn("Failed sign-in on the form of {} from {}", user(request).orElse("nobody"), address(request));
            throttle.failed(address(request));
            user(request).ifPresent(throttle::failed);
            response.sendRedirect(request.getContextPath() + SIGN_IN + "?errore");
        };
    }

    AuthenticationSuccessHandler onSuccess(RequestCache pageAskedFor) {
        SavedRequestAwareAuthenticationSuccessHandler whereTheyWereGoing = new SavedRequestAwareAuthenticationSuccessHandler();
        whereTheyWereGoing.setRequestCache(pageAskedFor);
        return (request, response, authentication) -> {
            throttle.succeeded("user:" + authentication.getName());
            whereTheyWereGoing.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static String address(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
    }

    private static Optional<String> user(HttpServletRequest request) {
        String name = request.getParameter("username");
        return name == null || name.isBlank() || name.length() > MAX_USER_LENGTH ? Optional.empty() : Optional.of("user:" + name);
    }
}
