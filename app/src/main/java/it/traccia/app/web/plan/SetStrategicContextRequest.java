package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.command.SetCommonStrategicContext;
import it.traccia.kernel.plan.command.SetStrategicContext;

/**
 * Body of {@code PUT …/structures/{structureId}/context} and {@code PUT …/common-context}, and the fields of the page
 * that sets them: the strategic context (contesto strategico). A structure's names its mission, the common objectives'
 * may leave it out.
 */
public record SetStrategicContextRequest(String strategicLine, String strategicObjective, String missionCode,
                                         String operationalObjective) {

    public SetStrategicContext forStructure(String planId, String structureId, Actor actor) {
        Checked context = checked(true);
        return new SetStrategicContext(new PlanId(planId), new StructureId(structureId), context.strategicLine(),
                context.strategicObjective(), context.missionCode(), context.operationalObjective(), actor);
    }

    public SetCommonStrategicContext forCommon(String planId, Actor actor) {
        Checked context = checked(false);
        return new SetCommonStrategicContext(new PlanId(planId), context.strategicLine(), context.strategicObjective(),
                context.missionCode(), context.operationalObjective(), actor);
    }

    private Checked checked(boolean missionRequired) {
        RequestFields fields = new RequestFields();
        boolean missionGiven = !RequestFields.isBlank(missionCode);
        Checked context = new Checked(
                fields.required("strategicLine", strategicLine),
                fields.required("strategicObjective", strategicObjective),
                missionRequired || missionGiven ? fields.missionCode("missionCode", missionCode) : null,
                fields.required("operationalObjective", operationalObjective));
        fields.done();
        return context;
    }

    private record Checked(String strategicLine, String strategicObjective, MissionCode missionCode,
                           String operationalObjective) {
    }
}
