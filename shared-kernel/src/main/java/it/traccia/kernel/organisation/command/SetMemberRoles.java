package it.traccia.kernel.organisation.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Gives a user exactly these roles in the organisation (ruoli nell'ente), saying why: the roles the user lacks are
 * granted, those not listed are withdrawn.
 */
public record SetMemberRoles(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String userId,
        Set<Role> roles,
        String reason,
        Actor actor) implements OrganisationCommand {
}
