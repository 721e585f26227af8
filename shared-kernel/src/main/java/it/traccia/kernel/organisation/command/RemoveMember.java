package it.traccia.kernel.organisation.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws every role a user holds in the organisation (fine dell'appartenenza all'ente), saying why. */
public record RemoveMember(
        @TargetAggregateIdentifier OrganisationId organisationId,
        String userId,
        String reason,
        Actor actor) implements OrganisationCommand {
}
