package it.traccia.kernel.organisation.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;

/** A fact about one organisation (ente) and who belongs to it, always saying who caused it. */
public sealed interface OrganisationEvent permits OrganisationRegistered, RolesGranted, RolesWithdrawn {

    OrganisationId organisationId();

    Actor actor();
}
