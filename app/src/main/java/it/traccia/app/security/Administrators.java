package it.traccia.app.security;

import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * The administrators of the deployment (amministratori di Traccia): the user ids listed in
 * {@code traccia.security.administrators}, and the demo user {@code admin} of the embedded set-up. They manage
 * organisations and memberships and read no plan content.
 */
@Component
public class Administrators {

    private final Set<String> userIds;

    public Administrators(SecurityProperties properties) {
        Set<String> all = new HashSet<>(properties.administrators());
        if (properties.demoUsers()) {
            all.add(DemoUsers.ADMIN);
        }
        this.userIds = Set.copyOf(all);
    }

    public boolean includes(String userId) {
        return userId != null && userIds.contains(userId);
    }
}
