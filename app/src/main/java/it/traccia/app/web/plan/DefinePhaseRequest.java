package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.DefinePhase;

import java.time.LocalDate;

/**
 * Body of {@code POST …/objectives/{objectiveId}/phases}, and the fields of the page that adds a phase (fase), numbered
 * after its objective, e.g. 6.1.
 */
public record DefinePhaseRequest(String number, String description, String weight, String indicator, String target,
                                 String deadline) {

    /** The command, once every field is checked; throws the violations of all fields at once. */
    public DefinePhase toCommand(String planId, String objectiveId, PhaseId phaseId, Actor actor) {
        RequestFields fields = new RequestFields();
        String checkedNumber = fields.required("number", number);
        String checkedDescription = fields.required("description", description);
        Weight checkedWeight = fields.weight("weight", weight);
        String checkedIndicator = fields.optional("indicator", indicator);
        String checkedTarget = fields.optional("target", target);
        LocalDate checkedDeadline = fields.optionalDate("deadline", deadline);
        fields.done();
        return new DefinePhase(new PlanId(planId), new ObjectiveId(objectiveId), phaseId, checkedNumber,
                checkedDescription, checkedWeight, checkedIndicator, checkedTarget, checkedDeadline, actor);
    }
}
