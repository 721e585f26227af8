package it.traccia.plan.command;

import static it.traccia.plan.command.Fields.SHORT_TEXT;
import static it.traccia.plan.command.Fields.optionalText;
import static it.traccia.plan.command.Fields.required;
import static it.traccia.plan.command.Fields.requiredReason;
import static it.traccia.plan.command.Fields.requiredText;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.OrganisationNames;
import it.traccia.kernel.Role;
import it.traccia.kernel.UserIds;
import it.traccia.kernel.organisation.Memberships;
import it.traccia.kernel.organisation.command.RegisterOrganisation;
import it.traccia.kernel.organisation.command.RemoveMember;
import it.traccia.kernel.organisation.command.SetMemberRoles;
import it.traccia.kernel.organisation.event.OrganisationRegistered;
import it.traccia.kernel.organisation.event.RolesGranted;
import it.traccia.kernel.organisation.event.RolesWithdrawn;
import it.traccia.kernel.rule.InvalidRole;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NonLatinLetters;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.UnknownMember;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An organisation (ente), a comune, and who belongs to it (appartenenze): the roles each user holds there, granted and
 * withdrawn by an administrator of the deployment with a reason. Event-sourced; its id derives from its name, so the
 * same comune cannot be registered twice.
 */
public class Organisation {

    @AggregateIdentifier
    private OrganisationId organisationId;
    private final Map<String, Set<Role>> members = new HashMap<>();

    /** For Axon, which rebuilds the organisation from its events. */
    Organisation() {
    }

    @CommandHandler
    public Organisation(RegisterOrganisation command, Memberships memberships) {
        requireAdministrator(command.actor(), memberships, "registrare un ente");
        required("organisationId", command.organisationId());
        requiredText("name", command.name(), SHORT_TEXT);
        if (!OrganisationNames.hasOnlyLatinLetters(command.name())) {
            throw new NonLatinLetters("name");
        }
        optionalText("province", command.province(), SHORT_TEXT);
        if (!command.organisationId().equals(OrganisationId.forName(command.name()))) {
            throw new IllegalArgumentException("The id of an organisation is OrganisationId.forName(its name)");
        }
        AggregateLifecycle.apply(new OrganisationRegistered(command.organisationId(), command.name(),
                command.province(), command.actor()));
    }

    /** Gives the user exactly these roles: grants those missing, withdraws those not listed; the same roles again record nothing. */
    @CommandHandler
    public void handle(SetMemberRoles command, Memberships memberships) {
        requireAdministrator(command.actor(), memberships, "assegnare i ruoli di un ente");
        String userId = UserIds.require("userId", command.userId());
        Set<Role> wanted = membershipRoles(command.roles());
        String reason = command.reason();
        requiredReason("reason", reason);
        Set<Role> held = members.getOrDefault(userId, Set.of());
        Set<Role> granted = difference(wanted, held);
        Set<Role> withdrawn = difference(held, wanted);
        if (!granted.isEmpty()) {
            AggregateLifecycle.apply(new RolesGranted(organisationId, userId, granted, reason, command.actor()));
        }
        if (!withdrawn.isEmpty()) {
            AggregateLifecycle.apply(new RolesWithdrawn(organisationId, userId, withdrawn, reason, command.actor()));
        }
    }

    @CommandHandler
    public void handle(RemoveMember command, Memberships memberships) {
        requireAdministrator(command.actor(), memberships, "revocare i ruoli di un ente");
        String userId = UserIds.require("userId", command.userId());
        requiredReason("reason", command.reason());
        Set<Role> held = members.getOrDefault(userId, Set.of());
        if (held.isEmpty()) {
            throw new UnknownMember(userId);
        }
        AggregateLifecycle.apply(new RolesWithdrawn(organisationId, userId, held, command.reason(), command.actor()));
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        organisationId = event.organisationId();
    }

    @EventSourcingHandler
    void on(RolesGranted event) {
        members.computeIfAbsent(event.userId(), user -> EnumSet.noneOf(Role.class)).addAll(event.roles());
    }

    @EventSourcingHandler
    void on(RolesWithdrawn event) {
        Set<Role> held = members.get(event.userId());
        if (held != null) {
            held.removeAll(event.roles());
            if (held.isEmpty()) {
                members.remove(event.userId());
            }
        }
    }

    /** Only an administrator of the deployment, acting as such, manages organisations and their members. */
    private static void requireAdministrator(Actor actor, Memberships memberships, String action) {
        if (required("actor", actor).role() != Role.ADMIN || !memberships.isAdministrator(actor.userId())) {
            throw new NotAllowed(actor.role().name(), action + ": solo l'amministratore di Traccia può farlo");
        }
    }

    private static Set<Role> membershipRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new MissingField("roles");
        }
        for (Role role : roles) {
            if (role == null || !role.isHeldInAnOrganisation()) {
                throw new InvalidRole("roles", role);
            }
        }
        return EnumSet.copyOf(roles);
    }

    private static Set<Role> difference(Set<Role> from, Set<Role> without) {
        Set<Role> rest = EnumSet.noneOf(Role.class);
        rest.addAll(from);
        rest.removeAll(without);
        return rest;
    }
}
