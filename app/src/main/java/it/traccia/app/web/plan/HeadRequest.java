package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.command.AssignStructureHead;

/**
 * Body of {@code PUT /api/plans/{planId}/structures/{structureId}/head}, and the fields of the page that assigns a
 * structure's head (responsabile): the user, the name and title the plan prints, and why.
 */
public record HeadRequest(String userId, String name, String title, String reason) {

    /** The command, once every field is checked; throws the violations of all fields at once. */
    public AssignStructureHead toCommand(String planId, String structureId, Actor actor) {
        RequestFields fields = new RequestFields();
        String checkedUser = fields.userId("userId", userId);
        String checkedName = fields.required("name", name);
        String checkedTitle = fields.optional("title", title);
        String checkedReason = fields.reason("reason", reason);
        fields.done();
        return new AssignStructureHead(new PlanId(planId), new StructureId(structureId), checkedUser, checkedName,
                checkedTitle, checkedReason, actor);
    }
}
