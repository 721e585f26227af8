package it.traccia.kernel.organisation.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers an organisation (ente), a comune with its provincia, so that its plans and members can be recorded; the id
 * is {@link OrganisationId#forName} of the name, so a second registration of the same comune is refused.
 */
public record RegisterOrganisation(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String name,
        String province,
        Actor actor) implements OrganisationCommand {
}
