package it.traccia.plan.query.plan;

import it.traccia.kernel.MeasurableTargets;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.Weight;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.plan.query.AdoptionView;
import it.traccia.kernel.plan.query.ApprovalDeadlineView;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StrategicContextView;
import it.traccia.kernel.plan.query.StructureView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a stored {@link PlanDocument} into the {@link PlanView} the table prints (vista del piano), with every weight sum
 * and the measurable targets (valori attesi misurabili) read afresh from each target's text, never stored.
 */
final class PlanViews {

    private PlanViews() {
    }

    static PlanView of(PlanDocument plan) {
        List<StructureView> structures = plan.structures().stream().map(PlanViews::structure).toList();
        List<ObjectiveView> commonObjectives = objectives(plan.commonObjectives());
        WeightSum commonObjectiveWeights = sum(commonObjectives, ObjectiveView::weight);
        boolean balanced = commonObjectiveWeights.balanced()
                && commonObjectives.stream().allMatch(objective -> objective.phaseWeights().balanced())
                && structures.stream().allMatch(PlanViews::isBalanced);
        return new PlanView(plan.id(), plan.organisationId(), plan.organisation(), plan.province(), plan.firstYear(), plan.lastYear(), plan.year(),
                plan.status(), plan.version(), structures, context(plan.commonContext()), commonObjectives,
                commonObjectiveWeights, balanced, plan.lastSequence(), plan.lastChangedAt(), adoption(plan.adoption()),
                approvalDeadline(plan.approvalDeadline()));
    }

    /** The delibera that adopted a version, or null when it is not adopted. */
    static AdoptionView adoption(AdoptionNode adoption) {
        if (adoption == null) {
            return null;
        }
        return new AdoptionView(adoption.resolutionNumber(), date(adoption.resolutionDate()), adoption.adoptedAt(),
                adoption.adoptedBy(), adoption.adoptedByRole());
    }

    private static ApprovalDeadlineView approvalDeadline(ApprovalDeadlineNode deadline) {
        return deadline == null ? null
                : new ApprovalDeadlineView(date(deadline.deadline()), deadline.state(), deadline.recordedAt());
    }

    private static boolean isBalanced(StructureView structure) {
        return structure.objectiveWeights().balanced()
                && structure.objectives().stream().allMatch(objective -> objective.phaseWeights().balanced());
    }

    private static StructureView structure(StructureNode structure) {
        List<ObjectiveView> objectives = objectives(structure.objectives());
        return new StructureView(structure.id(), structure.name(), structure.head(), structure.headTitle(),
                structure.headUserId(), context(structure.context()), objectives, sum(objectives, ObjectiveView::weight));
    }

    private static StrategicContextView context(StrategicContextNode context) {
        if (context == null) {
            return null;
        }
        String missionTitle = context.missionCode() == null ? null : new MissionCode(context.missionCode()).title();
        return new StrategicContextView(context.strategicLine(), context.strategicObjective(), context.missionCode(),
                missionTitle, context.operationalObjective());
    }

    private static List<ObjectiveView> objectives(List<ObjectiveNode> objectives) {
        return objectives.stream()
                .sorted(Comparator.comparing(ObjectiveNode::number, ElementNumbers.ORDER))
                .map(PlanViews::objective)
                .toList();
    }

    private static ObjectiveView objective(ObjectiveNode objective) {
        List<PhaseView> phases = objective.phases().stream()
                .sorted(Comparator.comparing(PhaseNode::number, ElementNumbers.ORDER))
                .map(PlanViews::phase)
                .toList();
        return new ObjectiveView(objective.id(), objective.number(), objective.kind(), objective.description(),
                decimal(objective.weight()), objective.indicators(), objective.targets(),
                MeasurableTargets.readFrom(objective.targets()), date(objective.deadline()), objective.revision(), phases,
                sum(phases, PhaseView::weight));
    }

    private static PhaseView phase(PhaseNode phase) {
        return new PhaseView(phase.id(), phase.number(), phase.description(), decimal(phase.weight()), phase.indicator(),
                phase.target(), MeasurableTargets.readFrom(phase.target()), date(phase.deadline()), phase.revision());
    }

    private static <T> WeightSum sum(List<T> elements, Function<T, BigDecimal> weight) {
        return WeightSum.of(elements.stream().map(weight).filter(Objects::nonNull).map(Weight::new).toList());
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
