package it.traccia.app.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signing in on the pages through the OpenID Connect provider (accesso con il fornitore di identità, e.g. a SPID/CIE
 * broker): its one client registration, read from the issuer's discovery document when the first person signs in,
 * not at start-up, so that Traccia starts while the provider is away; and the user id taken from the configured
 * claim, as for bearer tokens on the API.
 */
final class ProviderSignIn implements ClientRegistrationRepository {

    /** The registration's id, in the addresses {@code /oauth2/authorization/oidc} and {@code /login/oauth2/code/oidc}. */
    static final String REGISTRATION = "oidc";

    private final SecurityProperties.Oidc oidc;
    private volatile ClientRegistration registration;

    ProviderSignIn(SecurityProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                    .registrationId(REGISTRATION)
                    .clientId(oidc.clientId())
                    .clientSecret(oidc.clientSecret())
                    .scope("openid", "profile")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .userNameAttributeName(oidc.userClaim())
                    .build();
            registration = known;
        }
        return known;
    }

    /** The signed-in person, named by the configured claim of their ID token; refused when the token lacks it. */
    OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Object id = user.getClaims().get(oidc.userClaim());
            if (id == null || id.toString().isBlank()) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token",
                        "Il token d'identità non contiene il dato " + oidc.userClaim(), null));
            }
            return new DefaultOidcUser(user.getAuthorities(), user.getIdToken(), user.getUserInfo(), oidc.userClaim());
        };
    }
}
