package it.traccia.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import it.traccia.kernel.OrganisationId;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with a bearer token (accesso con token) of a real OpenID Connect provider, started before the application:
 * the user id is the configured claim ({@code fiscalNumber}), the token grants no role of its own, and a token that is
 * expired, signed by another key, of another issuer or for another audience is refused. Runs on stores of its own,
 * because the application is configured with the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BearerSignInIT {

    private static final String ISSUER_ID = "traccia-idp";
    private static final String AUDIENCE = "traccia";
    private static final String USER_CLAIM = "fiscalNumber";
    private static final String FISCAL_NUMBER = "TINIT-RSSMRA80A01H501U";
    private static final MockOAuth2Server PROVIDER = started();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void providerAndStoresOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add("traccia.security.oidc.issuer-uri", BearerSignInIT::issuer);
        registry.add("traccia.security.oidc.audience", () -> AUDIENCE);
        registry.add("traccia.security.oidc.user-claim", () -> USER_CLAIM);
        registry.add("traccia.security.oidc.client-id", () -> AUDIENCE);
        registry.add("traccia.security.oidc.client-secret", () -> "segreto-di-prova");
        registry.add("traccia.security.oidc.provider-name", () -> "SPID o CIE");
        registry.add("traccia.data-dir", BearerSignInIT::freshDirectory);
        registry.add("traccia.demo.plan", () -> "false");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    /** On the pages: the sign-in page offers the provider, which sends the person back signed in as the claim. */
    @Test
    void signsInOnThePagesThroughTheProviderWithTheConfiguredClaim() {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + UUID.randomUUID(), "JWT",
                List.of(AUDIENCE), Map.of(USER_CLAIM, "TINIT-MRTNNA80A41H501Y"), 300));
        Browser browser = Browser.open(port);
        try {
            browser.go("/");
            assertThat(browser.path()).isEqualTo("/accesso");
            WebElement provider = browser.find(By.cssSelector("#accesso-fornitore a"));
            assertThat(provider.getText()).isEqualTo("Accedi con SPID o CIE");

            browser.clickAndLeave(provider);
            browser.waitUntil(driver -> browser.path().equals("/") ? true : null);

            assertThat(browser.find(By.tagName("header")).getText()).contains("TINIT-MRTNNA80A41H501Y");
        } finally {
            browser.close();
        }
    }

    @Test
    void signsInWithTheConfiguredClaimAsTheUserIdNotTheSubject() {
        String token = aToken(Map.of(USER_CLAIM, "TINIT-VRDGPP75C12F205X")).serialize();

        Api.Response me = Api.withBearer(port, token).get("/api/me");

        assertThat(me.status()).as(me.body().toString()).isEqualTo(200);
        assertThat(me.body().path("userId").asText()).isEqualTo("TINIT-VRDGPP75C12F205X");
        assertThat(me.body().path("administrator").asBoolean()).isFalse();
    }

    @Test
    void takesItsRolesOnlyFromTheMembershipsRecordedInTraccia() {
        String organisation = Enti.aComune(port);
        String organisationId = OrganisationId.forName(organisation).value();
        String planId = Api.as(port, "segretario").post("/api/plans", MonteCremasco.plan(organisation)).id();
        Api user = Api.withBearer(port, aToken(Map.of(USER_CLAIM, FISCAL_NUMBER)).serialize());
        Api.Response before = user.get("/api/me");
        assertThat(before.status()).as(before.body().toString()).isEqualTo(200);
        assertThat(before.body().path("userId").asText()).isEqualTo(FISCAL_NUMBER);
        assertThat(before.body().path("memberships")).isEmpty();
        Api.Response hidden = user.get("/api/plans/" + planId);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("UnknownPlan");

        Api.Response granted = Api.as(port, "admin").put("/api/organisations/" + organisationId + "/members/"
                + FISCAL_NUMBER, """
                {"roles": ["NDV"], "reason": "Componente del Nucleo di Valutazione"}""");

        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(200);
        Api.Response after = user.get("/api/me");
        assertThat(after.body().path("memberships")).hasSize(1);
        assertThat(after.body().path("memberships").get(0).path("organisationId").asText()).isEqualTo(organisationId);
        assertThat(after.body().path("memberships").get(0).path("roles").toString()).isEqualTo("[\"NDV\"]");
        assertThat(user.get("/api/plans").body().findValuesAsText("id")).containsExactly(planId);
        assertThat(user.get("/api/plans/" + planId).status()).isEqualTo(200);
    }

    @Test
    void grantsNothingForRolesOrGroupsClaimedInTheToken() {
        String token = aToken(Map.of(USER_CLAIM, "TINIT-BNCLRA85M41L219K",
                "roles", List.of("ADMIN", "SEGRETARIO"), "groups", List.of("ADMIN", "SEGRETARIO"),
                "scope", "admin segretario")).serialize();
        Api claimingRoles = Api.withBearer(port, token);

        Api.Response registered = claimingRoles.post("/api/organisations", """
                {"name": "Comune di Autoproclamato", "province": "Cremona"}""");
        Api.Response me = claimingRoles.get("/api/me");

        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(403);
        assertThat(registered.code()).isEqualTo("NotAllowed");
        assertThat(me.body().path("administrator").asBoolean()).isFalse();
        assertThat(me.body().path("memberships")).isEmpty();
    }

    @Test
    void rejectsAnExpiredToken() {
        String expired = PROVIDER.issueToken(ISSUER_ID, "traccia-client", new DefaultOAuth2TokenCallback(ISSUER_ID,
                "subject-" + UUID.randomUUID(), "JWT", List.of(AUDIENCE), Map.of(USER_CLAIM, FISCAL_NUMBER), -3600))
                .serialize();

        assertRejectedBearer(Api.withBearer(port, expired).get("/api/me"));
    }

    @Test
    void rejectsATokenSignedWithAnotherKeyUnderTheIssuersKeyId() throws JOSEException {
        SignedJWT genuine = aToken(Map.of(USER_CLAIM, FISCAL_NUMBER));
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(impostor.getKeyID()).build(), claimsOf(genuine));
        forged.sign(new RSASSASigner(impostor));

        assertRejectedBearer(Api.withBearer(port, forged.serialize()).get("/api/me"));
    }

    @Test
    void rejectsATokenOfAnotherIssuerEvenWhenSignedWithTheIssuersKey() {
        String otherIssuer = PROVIDER.issuerUrl("another-idp").toString();
        String token = PROVIDER.getConfig().getTokenProvider().jwt(Map.of("iss", otherIssuer, "aud", AUDIENCE,
                "sub", "someone", USER_CLAIM, FISCAL_NUMBER), Duration.ofMinutes(5), ISSUER_ID).serialize();

        assertRejectedBearer(Api.withBearer(port, token).get("/api/me"));
    }

    @Test
    void rejectsATokenOfAnotherProvider() {
        String token = PROVIDER.issueToken("another-idp", "someone", AUDIENCE, Map.of(USER_CLAIM, FISCAL_NUMBER))
                .serialize();

        assertRejectedBearer(Api.withBearer(port, token).get("/api/me"));
    }

    @Test
    void rejectsATokenForAnotherAudience() {
        String token = PROVIDER.issueToken(ISSUER_ID, "someone", "another-application", Map.of(USER_CLAIM, FISCAL_NUMBER))
                .serialize();

        assertRejectedBearer(Api.withBearer(port, token).get("/api/me"));
    }

    @Test
    void rejectsATokenWithoutTheUserClaim() {
        String token = PROVIDER.issueToken(ISSUER_ID, "a-client-without-a-fiscal-number", AUDIENCE, Map.of())
                .serialize();

        assertRejectedBearer(Api.withBearer(port, token).get("/api/me"));
    }

    @Test
    void rejectsAMalformedBearerToken() {
        Api.Response notAJwt = Api.withAuthorization(port, "Bearer not-a-jwt").get("/api/me");
        Api.Response notEvenAToken = Api.withAuthorization(port, "Bearer {\"sub\": \"admin\"}").get("/api/me");

        assertRejectedBearer(notAJwt);
        assertRejectedBearer(notEvenAToken);
    }

    @Test
    void stillSignsInOverHttpBasic() {
        Api.Response me = Api.as(port, "segretario").get("/api/me");

        assertThat(me.status()).as(me.body().toString()).isEqualTo(200);
        assertThat(me.body().path("userId").asText()).isEqualTo("segretario");
    }

    private static void assertRejectedBearer(Api.Response refused) {
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("NotAuthenticated");
        assertThat(refused.header("WWW-Authenticate")).anySatisfy(value -> assertThat(value).startsWith("Bearer"));
    }

    /** A token as the provider issues it to Traccia: its issuer, Traccia's audience, five minutes to live. */
    private static SignedJWT aToken(Map<String, Object> claims) {
        return PROVIDER.issueToken(ISSUER_ID, "subject-" + UUID.randomUUID(), AUDIENCE, claims);
    }

    private static JWTClaimsSet claimsOf(SignedJWT token) {
        try {
            return token.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String issuer() {
        return PROVIDER.issuerUrl(ISSUER_ID).toString();
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start();
        return provider;
    }

    private static String freshDirectory() {
        try {
            Path directory = Files.createTempDirectory("traccia-bearer-");
            directory.toFile().deleteOnExit();
            return directory.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
