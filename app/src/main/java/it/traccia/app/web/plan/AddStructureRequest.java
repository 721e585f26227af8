package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.command.AddStructure;

/**
 * Body of {@code POST /api/plans/{planId}/structures}, and the fields of the page that adds a structure (struttura):
 * its name, its head (Responsabile) and optionally the head's title, e.g. "Segretario Generale".
 */
public record AddStructureRequest(String name, String head, String headTitle) {

    /** The command, once every field is checked; throws the violations of all fields at once. */
    public AddStructure toCommand(String planId, StructureId structureId, Actor actor) {
        RequestFields fields = new RequestFields();
        String checkedName = fields.required("name", name);
        String checkedHead = fields.required("head", head);
        String checkedTitle = fields.optional("headTitle", headTitle);
        fields.done();
        return new AddStructure(new PlanId(planId), structureId, checkedName, checkedHead, checkedTitle, actor);
    }
}
