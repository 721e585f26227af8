package it.traccia.app.web.approval;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.command.ResolveImportFinding;

/**
 * Body of {@code POST /api/plans/{planId}/import-findings/{number}/resolve}, and the field of the page's "Segna come
 * risolto": how the finding (rilievo) was dealt with.
 */
public record ResolveFindingRequest(String note) {

    public ResolveImportFinding toCommand(String planId, int findingNumber, Actor actor) {
        RequestFields fields = new RequestFields();
        String checkedNote = fields.required("note", note);
        fields.done();
        return new ResolveImportFinding(new PlanId(planId), findingNumber, checkedNote, actor);
    }
}
