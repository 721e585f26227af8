package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.command.RevisePhase;

import java.time.LocalDate;

/**
 * Body of {@code PUT …/phases/{phaseId}}, and the fields of the page that revises a phase (modifica della fase): the
 * phase's new text, with the revision its author saw.
 */
public record RevisePhaseRequest(String description, String indicator, String target, String deadline, String reason,
                                 Long revision) {

    /** The command, once every field is checked; throws the violations of all fields at once. */
    public RevisePhase toCommand(String planId, String phaseId, Actor actor) {
        RequestFields fields = new RequestFields();
        String checkedDescription = fields.required("description", description);
        String checkedIndicator = fields.optional("indicator", indicator);
        String checkedTarget = fields.optional("target", target);
        LocalDate checkedDeadline = fields.optionalDate("deadline", deadline);
        String checkedReason = fields.optional("reason", reason);
        fields.done();
        return new RevisePhase(new PlanId(planId), new PhaseId(phaseId), checkedDescription, checkedIndicator,
                checkedTarget, checkedDeadline, checkedReason, revision, actor);
    }
}
