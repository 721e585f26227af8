package it.traccia.app.security;

import it.traccia.app.organisation.Directory;
import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.UnknownPlan;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The actor (chi agisce) of the current request: the signed-in user, in the role they hold where they act. In an
 * organisation a user acts in the first role they hold of Segretario, Responsabile, Giunta, NdV; the plan checks again,
 * on every command, that the role is really theirs.
 */
@Component
public class CurrentActor {

    private final Directory directory;

    public CurrentActor(Directory directory) {
        this.directory = directory;
    }

    /** The signed-in user's id: the login, or the configured claim of the bearer token. */
    public String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new NotAllowed("anonimo", "agire senza accesso");
        }
        return authentication.getName();
    }

    /** The user acting on the plan, in their first role in its organisation; {@link UnknownPlan} for a non-member. */
    public Actor onPlan(String planId) {
        String userId = userId();
        return firstRole(directory.rolesOnPlan(new PlanId(planId), userId)).map(role -> new Actor(userId, role))
                .orElseThrow(() -> new UnknownPlan(planId));
    }

    /** The user as the Segretario of the organisation; {@link NotAllowed} when they are not its Segretario. */
    public Actor segretarioOf(OrganisationId organisation, String action) {
        String userId = userId();
        Set<Role> held = directory.rolesIn(organisation, userId);
        if (!held.contains(Role.SEGRETARIO)) {
            String role = firstRole(held).map(Role::name).orElse("utente");
            throw new NotAllowed(role, action + ": solo il Segretario dell'ente può farlo");
        }
        return new Actor(userId, Role.SEGRETARIO);
    }

    /** The user as an administrator of the deployment; {@link NotAllowed} when they are not one. */
    public Actor asAdministrator(String action) {
        String userId = userId();
        if (!directory.isAdministrator(userId)) {
            throw new NotAllowed("utente", action + ": solo l'amministratore di Traccia può farlo");
        }
        return new Actor(userId, Role.ADMIN);
    }

    /** The user as a member of the Giunta: which Giunta is decided by the task they complete. */
    public Actor asGiunta() {
        return new Actor(userId(), Role.GIUNTA);
    }

    private static Optional<Role> firstRole(Set<Role> held) {
        return held.stream().min(Comparator.naturalOrder());
    }
}
