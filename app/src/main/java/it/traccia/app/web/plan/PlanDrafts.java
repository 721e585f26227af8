package it.traccia.app.web.plan;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.organisation.Directory;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.command.DefinePlan;
import it.traccia.kernel.rule.PlanAlreadyExists;
import it.traccia.kernel.rule.UnknownOrganisation;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

/**
 * Opens the draft plan (bozza del piano) of a registered organisation for a year, from the API's
 * {@code POST /api/plans} and from the page {@code /piani/nuovo} alike: the organisation is found by its name however
 * it is spelt, only its Segretario may open the draft, and a second draft of the same year is refused.
 */
@Component
public class PlanDrafts {

    private final PlanCommands commands;
    private final CurrentActor actor;
    private final Directory directory;

    PlanDrafts(PlanCommands commands, CurrentActor actor, Directory directory) {
        this.commands = commands;
        this.actor = actor;
        this.directory = directory;
    }

    /** Opens the draft and answers its id; throws the violations of every field at once, or the plan's refusal. */
    public PlanId open(DefinePlanRequest request) {
        RequestFields fields = new RequestFields();
        String organisation = fields.required("organisation", request.organisation());
        String province = fields.optional("province", request.province());
        int firstYear = fields.requiredInt("firstYear", request.firstYear());
        int lastYear = fields.requiredInt("lastYear", request.lastYear());
        int year = fields.requiredInt("year", request.year());
        fields.done();
        Directory.RegisteredOrganisation registered = directory.organisationNamed(organisation)
                .orElseThrow(() -> UnknownOrganisation.named("organisation", organisation));
        OrganisationId organisationId = new OrganisationId(registered.id());
        Actor segretario = actor.segretarioOf(organisationId, "aprire la bozza del piano");
        PlanId planId = PlanIds.forOrganisationAndYear(organisationId, year);
        try {
            commands.send(new DefinePlan(planId, organisationId, registered.name(),
                    province == null ? registered.province() : province, firstYear, lastYear, year, segretario));
        } catch (AggregateStreamCreationException alreadyThere) {
            throw new PlanAlreadyExists(registered.name(), year, planId.value());
        }
        return planId;
    }
}
