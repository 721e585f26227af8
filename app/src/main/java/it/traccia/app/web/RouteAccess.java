package it.traccia.app.web;

import it.traccia.app.organisation.Directory;
import it.traccia.app.security.CurrentActor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.UnknownOrganisation;
import it.traccia.kernel.rule.UnknownPlan;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Decides who may call a route before its body is read (accesso alla rotta), so that a caller who may not act cannot
 * make the server parse a large body: a malformed path id is unknown; a plan or organisation the caller holds no role
 * in is answered as if it did not exist (404); a caller without one of the route's {@link Allowed} roles is refused
 * (403). The plan, the organisation and the query handlers check again, in detail, whatever the entry point.
 */
@Component
public class RouteAccess implements HandlerInterceptor {

    private final Directory directory;
    private final CurrentActor actor;

    public RouteAccess(Directory directory, CurrentActor actor) {
        this.directory = directory;
        this.actor = actor;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> variables = path == null ? Map.of() : path;
        PathIds.requireWellFormed(variables);
        Allowed allowed = method.getMethodAnnotation(Allowed.class);
        Set<Role> admitted = allowed == null ? null : Set.copyOf(Arrays.asList(allowed.value()));
        String userId = actor.userId();
        if (variables.containsKey("planId")) {
            checkPlan(variables.get("planId"), userId, admitted);
        } else if (variables.containsKey("organisationId")) {
            checkOrganisation(variables.get("organisationId"), userId, admitted);
        } else if (admitted != null) {
            checkAnywhere(userId, admitted);
        }
        return true;
    }

    private void checkPlan(String planId, String userId, Set<Role> admitted) {
        Set<Role> held = directory.rolesOnPlan(new PlanId(planId), userId);
        if (held.isEmpty()) {
            throw new UnknownPlan(planId);
        }
        requireOneOf(held, admitted);
    }

    private void checkOrganisation(String organisationId, String userId, Set<Role> admitted) {
        OrganisationId organisation = new OrganisationId(organisationId);
        if (directory.organisation(organisation).isEmpty()) {
            throw UnknownOrganisation.withId(organisationId);
        }
        boolean administrator = directory.isAdministrator(userId);
        Set<Role> held = directory.rolesIn(organisation, userId);
        if (held.isEmpty() && !administrator) {
            throw UnknownOrganisation.withId(organisationId);
        }
        if (administrator && (admitted == null || admitted.contains(Role.ADMIN))) {
            return;
        }
        requireOneOf(held, admitted);
    }

    private void checkAnywhere(String userId, Set<Role> admitted) {
        if (admitted.contains(Role.ADMIN) && directory.isAdministrator(userId)) {
            return;
        }
        boolean holdsOne = admitted.stream().anyMatch(role -> !directory.organisationsWhere(userId, role).isEmpty());
        if (!holdsOne) {
            throw new NotAllowed("utente", "usare questa funzione: serve il ruolo " + names(admitted));
        }
    }

    private static void requireOneOf(Set<Role> held, Set<Role> admitted) {
        if (admitted != null && held.stream().noneMatch(admitted::contains)) {
            Role first = held.stream().min(Role::compareTo).orElseThrow();
            throw new NotAllowed(first.name(), "usare questa funzione: serve il ruolo " + names(admitted));
        }
    }

    private static String names(Set<Role> roles) {
        return String.join(" o ", roles.stream().sorted().map(Role::name).toList());
    }
}
