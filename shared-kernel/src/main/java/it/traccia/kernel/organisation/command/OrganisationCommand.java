package it.traccia.kernel.organisation.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;

/** A command addressed to one organisation (ente), always saying who sends it. */
public interface OrganisationCommand {

    OrganisationId organisationId();

    Actor actor();
}
