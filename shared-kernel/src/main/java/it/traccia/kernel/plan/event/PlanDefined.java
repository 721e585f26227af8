package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

/** A draft plan (bozza del piano) was opened for an organisation, a triennio and its annual year. */
@Revision("1")
public record PlanDefined(
        PlanId planId,
        OrganisationId organisationId,
        String organisation,
        String province,
        int firstYear,
        int lastYear,
        int year,
        Actor actor) implements PlanEvent {
}
