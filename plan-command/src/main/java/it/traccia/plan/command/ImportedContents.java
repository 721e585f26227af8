package it.traccia.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.organisation.Memberships;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.command.SetCommonStrategicContext;
import it.traccia.kernel.plan.command.SetStrategicContext;
import it.traccia.kernel.plan.importing.ImportedObjective;
import it.traccia.kernel.plan.importing.ImportedPhase;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.plan.importing.ImportedStrategicContext;
import it.traccia.kernel.plan.importing.ImportedStructure;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The contents of an imported draft (contenuto importato), defined in the plan in the document's order through the
 * handlers of the single commands, so that each element meets the same rules as when it is entered by hand.
 */
final class ImportedContents {

    private final Plan plan;
    private final PlanId planId;
    private final ImportedPlan imported;
    private final Actor actor;
    private final Memberships memberships;

    ImportedContents(Plan plan, ImportPlan command, Memberships memberships) {
        this.plan = plan;
        this.planId = command.planId();
        this.imported = command.plan();
        this.actor = command.actor();
        this.memberships = memberships;
    }

    /** Every structure with its context, objectives and phases, then the common context and objectives. */
    void define() {
        int position = 0;
        for (ImportedStructure structure : imported.structures()) {
            position++;
            defineStructure(planId.value() + "/structure/" + position, structure);
        }
        ImportedStrategicContext common = imported.commonContext();
        if (common != null) {
            plan.handle(new SetCommonStrategicContext(planId, common.strategicLine(), common.strategicObjective(),
                    common.missionCode(), common.operationalObjective(), actor), memberships);
        }
        for (ImportedObjective objective : imported.commonObjectives()) {
            String objectiveKey = planId.value() + "/common/objective/" + objective.number();
            ObjectiveId objectiveId = new ObjectiveId(idOf(objectiveKey));
            plan.handle(new DefineCommonObjective(planId, objectiveId, objective.number(), objective.kind(),
                    objective.description(), objective.weight(), objective.indicators(), objective.targets(),
                    objective.deadline(), actor), memberships);
            definePhases(objectiveKey, objectiveId, objective);
        }
    }

    /**
     * The id of an imported element: a name-based UUID of its position in the plan, e.g.
     * {@code <planId>/structure/1/objective/6/phase/6.1} or {@code <planId>/common/objective/4}.
     */
    static String idOf(String position) {
        return UUID.nameUUIDFromBytes(position.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void defineStructure(String key, ImportedStructure structure) {
        StructureId structureId = new StructureId(idOf(key));
        plan.handle(new AddStructure(planId, structureId, structure.name(), structure.head(), structure.headTitle(), actor),
                memberships);
        ImportedStrategicContext context = structure.context();
        if (context != null && context.missionCode() != null) {
            plan.handle(new SetStrategicContext(planId, structureId, context.strategicLine(), context.strategicObjective(),
                    context.missionCode(), context.operationalObjective(), actor), memberships);
        }
        for (ImportedObjective objective : structure.objectives()) {
            String objectiveKey = key + "/objective/" + objective.number();
            ObjectiveId objectiveId = new ObjectiveId(idOf(objectiveKey));
            plan.handle(new DefineObjective(planId, structureId, objectiveId, objective.number(), objective.kind(),
                    objective.description(), objective.weight(), objective.indicators(), objective.targets(),
                    objective.deadline(), actor), memberships);
            definePhases(objectiveKey, objectiveId, objective);
        }
    }

    private void definePhases(String objectiveKey, ObjectiveId objectiveId, ImportedObjective objective) {
        for (ImportedPhase phase : objective.phases()) {
            PhaseId phaseId = new PhaseId(idOf(objectiveKey + "/phase/" + phase.number()));
            plan.handle(new DefinePhase(planId, objectiveId, phaseId, phase.number(), phase.description(), phase.weight(),
                    phase.indicator(), phase.target(), phase.deadline(), actor), memberships);
        }
    }
}
