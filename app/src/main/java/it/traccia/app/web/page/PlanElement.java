package it.traccia.app.web.page;

import it.traccia.kernel.Weight;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StructureView;
import it.traccia.plan.query.subject.Subjects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An objective or a phase found in the plan's view (elemento del piano), with where it stands: its structure (none for
 * a common objective or its phases), the weights of the other elements of its set, and how people name it
 * as the audit trail names it ({@link Subjects}: "Segreteria › obiettivo 6 › fase 6.1").
 *
 * @param structure the structure it belongs to, or null for the common objectives and their phases
 * @param others    the weights of the other elements of its weight set, without its own
 */
public record PlanElement(boolean phase, String id, String number, String label, String description, BigDecimal weight,
                          long revision, StructureView structure, List<BigDecimal> others) {

    public static Optional<PlanElement> find(PlanView plan, String elementId) {
        for (StructureView structure : plan.structures()) {
            Optional<PlanElement> found = findIn(structure.objectives(), structure, elementId);
            if (found.isPresent()) {
                return found;
            }
        }
        return findIn(plan.commonObjectives(), null, elementId);
    }

    /** The sum of its weight set were its own weight this one (or none, when the weight is not yet readable). */
    public WeightSum sumWith(Weight weight) {
        List<Weight> weights = new ArrayList<>(others.stream().map(Weight::new).toList());
        if (weight != null) {
            weights.add(weight);
        }
        return WeightSum.of(weights);
    }

    private static Optional<PlanElement> findIn(List<ObjectiveView> objectives, StructureView structure, String id) {
        for (ObjectiveView objective : objectives) {
            String objectiveLabel = structure == null ? Subjects.commonObjective(objective.number())
                    : Subjects.objective(Subjects.structure(structure.name()), objective.number());
            if (objective.id().equals(id)) {
                return Optional.of(new PlanElement(false, id, objective.number(), objectiveLabel, objective.description(),
                        objective.weight(), objective.revision(), structure,
                        objectives.stream().filter(other -> other != objective).map(ObjectiveView::weight)
                                .filter(Objects::nonNull).toList()));
            }
            for (PhaseView phase : objective.phases()) {
                if (phase.id().equals(id)) {
                    return Optional.of(new PlanElement(true, id, phase.number(),
                            Subjects.phase(objectiveLabel, phase.number()), phase.description(), phase.weight(),
                            phase.revision(), structure,
                            objective.phases().stream().filter(other -> other != phase).map(PhaseView::weight)
                                    .filter(Objects::nonNull).toList()));
                }
            }
        }
        return Optional.empty();
    }
}
