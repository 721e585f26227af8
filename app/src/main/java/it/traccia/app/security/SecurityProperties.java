package it.traccia.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How users sign in (accesso), from {@code traccia.security.*}: users with a password over HTTP Basic (configured ones,
 * plus the demo users of the embedded set-up when {@code demo-users} is true), bearer tokens of an OpenID Connect
 * provider when {@code oidc.issuer-uri} is set, and the user ids of the administrators. What anyone may do comes only
 * from Traccia's memberships, never from here or from a token.
 */
@ConfigurationProperties("traccia.security")
public record SecurityProperties(boolean demoUsers, List<User> users, List<String> administrators, Oidc oidc,
                                 SignInThrottling signInThrottling) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        administrators = administrators == null ? List.of() : List.copyOf(administrators);
        oidc = oidc == null ? new Oidc(null, null, null, null, null, null) : oidc;
        signInThrottling = signInThrottling == null ? new SignInThrottling(null, null, null, null) : signInThrottling;
    }

    /** One user with a password; the password carries its encoding prefix, e.g. {@code {bcrypt}$2a$…}. */
    public record User(String username, String password) {
    }

    /**
     * The OpenID Connect provider whose bearer tokens the API accepts (e.g. a SPID/CIE broker): its issuer, the audience
     * a token must name, and the claim that is the Traccia user id ({@code sub} unless set, e.g. {@code fiscalNumber}).
     * With a {@code client-id} (and its secret) the pages also offer to sign in through it, named {@code provider-name}
     * on the sign-in page (e.g. "SPID o CIE").
     */
    public record Oidc(String issuerUri, String audience, String userClaim, String clientId, String clientSecret,
                       String providerName) {

        public Oidc {
            userClaim = userClaim == null || userClaim.isBlank() ? "sub" : userClaim;
            providerName = providerName == null || providerName.isBlank() ? "il fornitore di identità dell'ente"
                    : providerName;
        }

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        /** Whether people sign in on the pages through the provider too ({@code oauth2Login}): it needs a client id. */
        public boolean pageSignIn() {
            return enabled() && clientId != null && !clientId.isBlank();
        }
    }

    /**
     * How repeated failed sign-ins are slowed down: after {@code freeAttempts} failures of one user or from one client
     * address, each further attempt waits twice as long as the one before, from {@code firstDelay} up to
     * {@code maxDelay}; a key is forgotten {@code forgetAfter} its last failure.
     */
    public record SignInThrottling(Integer freeAttempts, Duration firstDelay, Duration maxDelay,
                                   Duration forgetAfter) {

        public SignInThrottling {
            freeAttempts = freeAttempts == null ? 5 : freeAttempts;
            firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
            maxDelay = maxDelay == null ? Duration.ofMinutes(5) : maxDelay;
            forgetAfter = forgetAfter == null ? Duration.ofMinutes(15) : forgetAfter;
        }
    }
}
