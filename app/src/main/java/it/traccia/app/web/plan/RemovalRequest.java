package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.command.RemovePhase;
import it.traccia.kernel.plan.command.RemoveStructure;

/**
 * The parameters of a removal (rimozione) of a structure, an objective or a phase, on the API's {@code DELETE} and on the page that
 * confirms it: the reason, required as the reason of a weight change is, and optionally the revision seen.
 */
public record RemovalRequest(String reason, Long revision) {

    public RemoveObjective forObjective(String planId, String objectiveId, Actor actor) {
        return new RemoveObjective(new PlanId(planId), new ObjectiveId(objectiveId), checkedReason(), revision, actor);
    }

    public RemovePhase forPhase(String planId, String phaseId, Actor actor) {
        return new RemovePhase(new PlanId(planId), new PhaseId(phaseId), checkedReason(), revision, actor);
    }

    /** The removal of a structure, which carries no revision: only the Segretario edits it. */
    public RemoveStructure forStructure(String planId, String structureId, Actor actor) {
        return new RemoveStructure(new PlanId(planId), new StructureId(structureId), checkedReason(), actor);
    }

    private String checkedReason() {
        RequestFields fields = new RequestFields();
        String why = fields.reason("reason", reason);
        fields.done();
        return why;
    }
}
