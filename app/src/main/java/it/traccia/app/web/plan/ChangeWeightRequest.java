package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;

/**
 * Body of a weight change (cambio di peso), and the fields of the pages' weight form: the new weight, the reason,
 * required because it explains the change to the NdV, and optionally the revision seen.
 */
public record ChangeWeightRequest(String weight, String reason, Long revision) {

    public ChangeObjectiveWeight forObjective(String planId, String objectiveId, Actor actor) {
        Checked checked = checked();
        return new ChangeObjectiveWeight(new PlanId(planId), new ObjectiveId(objectiveId), checked.weight(),
                checked.reason(), revision, actor);
    }

    public ChangePhaseWeight forPhase(String planId, String phaseId, Actor actor) {
        Checked checked = checked();
        return new ChangePhaseWeight(new PlanId(planId), new PhaseId(phaseId), checked.weight(), checked.reason(),
                revision, actor);
    }

    private Checked checked() {
        RequestFields fields = new RequestFields();
        Checked checked = new Checked(fields.weight("weight", weight), fields.reason("reason", reason));
        fields.done();
        return checked;
    }

    private record Checked(Weight weight, String reason) {
    }
}
