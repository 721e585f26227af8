package it.traccia.app.security;

import it.traccia.kernel.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The users (utenti) who may sign in, from {@code traccia.security.*}: configured ones, plus the demo users of the
 * embedded set-up (password {@code demo}) when {@code traccia.security.demo-users} is true.
 */
@ConfigurationProperties("traccia.security")
public record SecurityProperties(boolean demoUsers, List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One configured user: the password carries its encoding prefix, e.g. {@code {bcrypt}$2a$…}. */
    public record User(String username, String password, Role role) {
    }
}
