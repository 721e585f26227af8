package it.traccia.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic over a stateless API: every {@code /api} call needs a signed-in user; what each role may change is
 * decided by the plan itself (a refused role gets 403 {@code NotAllowed}). OpenAPI, Swagger UI and health are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    /** The demo users of the embedded set-up, one per role, all with the password {@code demo}. */
    static final List<SecurityProperties.User> DEMO_USERS = List.of(
            new SecurityProperties.User("segretario", "{noop}demo", Role.SEGRETARIO),
            new SecurityProperties.User("resp-segreteria", "{noop}demo", Role.RESPONSABILE),
            new SecurityProperties.User("giunta", "{noop}demo", Role.GIUNTA),
            new SecurityProperties.User("ndv", "{noop}demo", Role.NDV));

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, refused) ->
                        writeProblem(response, objectMapper, HttpStatus.UNAUTHORIZED, "NotAuthenticated",
                                "Serve l'accesso: utente e password (HTTP Basic)")))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, refused) ->
                        writeProblem(response, objectMapper, HttpStatus.FORBIDDEN, "NotAllowed",
                                "Il tuo ruolo non può eseguire questa operazione")))
                .build();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties) {
        List<SecurityProperties.User> all = new ArrayList<>(properties.users());
        if (properties.demoUsers()) {
            all.addAll(DEMO_USERS);
        }
        List<UserDetails> details = all.stream()
                .map(user -> User.withUsername(user.username()).password(user.password()).roles(user.role().name()).build())
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

    private static void writeProblem(HttpServletResponse response, ObjectMapper objectMapper, HttpStatus status,
                                     String code, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Traccia\"");
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
