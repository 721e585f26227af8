package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.command.ReviseObjective;

import java.time.LocalDate;

/**
 * Body of {@code PUT …/objectives/{objectiveId}}, and the fields of the page that revises an objective (modifica
 * dell'obiettivo): the objective's new text, with the revision its author saw.
 */
public record ReviseObjectiveRequest(String kind, String description, String indicators, String targets,
                                     String deadline, String reason, Long revision) {

    /** The command, once every field is checked; throws the violations of all fields at once. */
    public ReviseObjective toCommand(String planId, String objectiveId, Actor actor) {
        RequestFields fields = new RequestFields();
        ObjectiveKind checkedKind = fields.choice("kind", kind, ObjectiveKind.class);
        String checkedDescription = fields.required("description", description);
        String checkedIndicators = fields.optional("indicators", indicators);
        String checkedTargets = fields.optional("targets", targets);
        LocalDate checkedDeadline = fields.optionalDate("deadline", deadline);
        String checkedReason = fields.optional("reason", reason);
        fields.done();
        return new ReviseObjective(new PlanId(planId), new ObjectiveId(objectiveId), checkedKind, checkedDescription,
                checkedIndicators, checkedTargets, checkedDeadline, checkedReason, revision, actor);
    }
}
