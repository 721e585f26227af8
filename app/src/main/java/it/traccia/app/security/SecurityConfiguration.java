package it.traccia.app.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Sign-in (accesso) over a stateless API: every {@code /api} call needs a signed-in user, by HTTP Basic or, when an
 * OpenID Connect issuer is configured, by a bearer JWT of that issuer, for Traccia's audience, whose configured claim
 * is the Traccia user id. No authority comes from a password entry or a token: what each user may do is decided by
 * Traccia's memberships, on every command and query (the administrators alone get an authority, from Traccia's own
 * configuration, to read the health details). Failed sign-ins are slowed down ({@link SignInThrottle}).
 * OpenAPI, Swagger UI and health are open. The pages have a chain of their own, with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    /**
     * The one authority Traccia gives, to the administrators of the deployment only: it lets them see the details of
     * {@code /actuator/health} and read the metrics at {@code /actuator/prometheus}. Every other right comes from
     * memberships.
     */
    static final String ADMINISTRATOR = "ROLE_ADMIN";

    /** The routes of the stateless API and of the tools beside it; everything else is a page. */
    static final String[] API_ROUTES = {"/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
        "/actuator/**", "/error"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, ProblemResponses problems,
                                    SignInThrottle throttle, Administrators administrators) throws Exception {
        AuthenticationEntryPoint signInNeeded = signInNeeded(problems, properties.oidc().enabled());
        http.securityMatcher(API_ROUTES)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
                                "/actuator/health")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(ADMINISTRATOR)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(signInNeeded))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(signInNeeded)
                        .accessDeniedHandler((request, response, refused) -> problems.write(response,
                                HttpStatus.FORBIDDEN, "NotAllowed", "Non puoi eseguire questa operazione")))
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), BearerTokenAuthenticationFilter.class);
        if (properties.oidc().enabled()) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(signInNeeded)
                    .jwt(jwt -> jwt.decoder(jwtDecoder(properties.oidc()))
                            .jwtAuthenticationConverter(userIdFrom(properties.oidc().userClaim(), administrators))));
        }
        return http.build();
    }

    /**
     * The pages: a session cookie after signing in on the form at {@code /accesso}, CSRF protection on every form,
     * sign-out with {@code POST /esci}; the UI kit's files and the sign-in page itself are open. The same throttle as
     * the API slows down repeated wrong passwords ({@link FormSignInThrottle}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ProblemResponses problems, SignInThrottle signInThrottle,
                                     FormSignInThrottle throttle, SecurityProperties properties) throws Exception {
        // After signing in, back to the page asked for, at its own address (no "?continue" added to it).
        HttpSessionRequestCache pageAskedFor = new HttpSessionRequestCache();
        pageAskedFor.setMatchingRequestParameterName(null);
        AuthenticationEntryPoint signInNeeded = signInNeeded(problems, false);
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.requestCache(cache -> cache.requestCache(pageAskedFor))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/accesso",
                                "/oauth2/authorization/**", "/login/oauth2/code/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/accesso")
                        .successHandler(throttle.onSuccess(pageAskedFor))
                        .failureHandler(throttle.onFailure()))
                // A browser is sent to the sign-in form; any other client is answered 401 with a problem detail and
                // may sign in with HTTP Basic, as on the API.
                .httpBasic(basic -> basic.authenticationEntryPoint(signInNeeded))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/accesso"),
                                browsers)
                        .defaultAuthenticationEntryPointFor(signInNeeded, AnyRequestMatcher.INSTANCE))
                .logout(logout -> logout.logoutUrl("/esci").logoutSuccessUrl("/accesso?uscito"))
                .addFilterBefore(new SignInThrottleFilter(signInThrottle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(throttle.beforeSignIn(), UsernamePasswordAuthenticationFilter.class);
        if (properties.oidc().pageSignIn()) {
            ProviderSignIn provider = new ProviderSignIn(properties.oidc());
            SavedRequestAwareAuthenticationSuccessHandler backToThePage =
                    new SavedRequestAwareAuthenticationSuccessHandler();
            backToThePage.setRequestCache(pageAskedFor);
            http.oauth2Login(login -> login.loginPage("/accesso")
                    .clientRegistrationRepository(provider)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(provider.users()))
                    .successHandler(backToThePage)
                    .failureUrl("/accesso?errore"));
        }
        return http.build();
    }

    @Bean
    SignInThrottle signInThrottle(SecurityProperties properties, Clock clock) {
        return new SignInThrottle(properties.signInThrottling(), clock);
    }

    @Bean
    UserDetailsService users(SecurityProperties properties, Administrators administrators) {
        List<SecurityProperties.User> all = new ArrayList<>(properties.users());
        if (properties.demoUsers()) {
            DemoUsers.ALL.forEach(name -> all.add(new SecurityProperties.User(name, "{noop}" + DemoUsers.PASSWORD)));
        }
        List<UserDetails> details = all.stream()
                .map(user -> User.withUsername(user.username()).password(user.password())
                        .authorities(authoritiesOf(user.username(), administrators)).build())
                .toList();
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(details);
        // A plain UserDetailsService, not the manager itself: Spring Security would otherwise "upgrade" the stored
        // passwords to BCrypt after the first sign-in and pay a BCrypt check on every HTTP Basic request.
        return manager::loadUserByUsername;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Tokens of the configured issuer only, signed with its published keys, not expired, carrying the claim that is the
     * user id, and naming Traccia's audience when one is configured. The issuer's keys are fetched when the first token
     * arrives, not at start-up.
     */
    static JwtDecoder jwtDecoder(SecurityProperties.Oidc oidc) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()));
        // Without it a token lacking the claim would sign in a user whose id is null.
        validators.add(new JwtClaimValidator<Object>(oidc.userClaim(),
                userId -> userId != null && !userId.toString().isBlank()));
        if (oidc.audience() != null && !oidc.audience().isBlank()) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && audience.contains(oidc.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** The Traccia user id is the configured claim of the token; the token grants no authority of its own. */
    static Converter<Jwt, AbstractAuthenticationToken> userIdFrom(String claim, Administrators administrators) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(claim);
        converter.setJwtGrantedAuthoritiesConverter(jwt -> authoritiesOf(jwt.getClaimAsString(claim), administrators));
        return converter;
    }

    private static List<GrantedAuthority> authoritiesOf(String userId, Administrators administrators) {
        return administrators.includes(userId) ? List.of(new SimpleGrantedAuthority(ADMINISTRATOR)) : List.of();
    }

    private static AuthenticationEntryPoint signInNeeded(ProblemResponses problems, boolean bearer) {
        return (request, response, refused) -> refuse(response, problems, bearer, refused);
    }

    private static void refuse(HttpServletResponse response, ProblemResponses problems, boolean bearer,
                               AuthenticationException refused) throws IOException {
        response.addHeader("WWW-Authenticate", "Basic realm=\"Traccia\"");
        if (bearer) {
            response.addHeader("WWW-Authenticate", refused instanceof OAuth2AuthenticationException
                    ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        String detail = refused instanceof OAuth2AuthenticationException
                ? "Il token di accesso non è valido: scaduto, non firmato dall'emittente configurato o non destinato a Traccia"
                : "Serve l'accesso: utente e password (HTTP Basic)" + (bearer ? " o un token di accesso (Bearer)" : "");
        problems.write(response, HttpStatus.UNAUTHORIZED, "NotAuthenticated", detail);
    }
}
