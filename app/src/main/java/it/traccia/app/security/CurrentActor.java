package it.traccia.app.security;

import it.traccia.kernel.Actor;
import it.traccia.kernel.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor (chi agisce) of the current request: the signed-in user and their role, put on every command. */
@Component
public class CurrentActor {

    private static final String ROLE_PREFIX = "ROLE_";

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Role role = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> Role.valueOf(authority.substring(ROLE_PREFIX.length())))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("The signed-in user has no role"));
        return new Actor(authentication.getName(), role);
    }
}
