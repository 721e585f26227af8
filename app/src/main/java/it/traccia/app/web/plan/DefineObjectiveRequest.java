package it.traccia.app.web.plan;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefineObjective;

import java.time.LocalDate;

/**
 * Body that defines an objective (obiettivo), and the fields of the page that adds one: weight as a decimal string or
 * JSON number, deadline {@code yyyy-MM-dd}, kind one of {@code LEGAL_OBLIGATION}, {@code DEVELOPMENT},
 * {@code MAINTENANCE}.
 */
public record DefineObjectiveRequest(String number, String kind, String description, String weight, String indicators,
                                     String targets, String deadline) {

    /** The command that adds this objective to a structure, once every field is checked. */
    public DefineObjective forStructure(String planId, String structureId, ObjectiveId objectiveId, Actor actor) {
        Checked objective = checked();
        return new DefineObjective(new PlanId(planId), new StructureId(structureId), objectiveId, objective.number(),
                objective.kind(), objective.description(), objective.weight(), objective.indicators(),
                objective.targets(), objective.deadline(), actor);
    }

    /** The command that adds this objective to the objectives every structure shares, once every field is checked. */
    public DefineCommonObjective forCommon(String planId, ObjectiveId objectiveId, Actor actor) {
        Checked objective = checked();
        return new DefineCommonObjective(new PlanId(planId), objectiveId, objective.number(), objective.kind(),
                objective.description(), objective.weight(), objective.indicators(), objective.targets(),
                objective.deadline(), actor);
    }

    private Checked checked() {
        RequestFields fields = new RequestFields();
        Checked objective = new Checked(
                fields.required("number", number),
                fields.choice("kind", kind, ObjectiveKind.class),
                fields.required("description", description),
                fields.weight("weight", weight),
                fields.optional("indicators", indicators),
                fields.optional("targets", targets),
                fields.optionalDate("deadline", deadline));
        fields.done();
        return objective;
    }

    private record Checked(String number, ObjectiveKind kind, String description, Weight weight, String indicators,
                           String targets, LocalDate deadline) {
    }
}
