package it.traccia.plan.command;

import static java.util.Comparator.comparing;

import it.traccia.kernel.Weight;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.rule.EmptyPlan;
import it.traccia.kernel.rule.MissingDeadline;
import it.traccia.kernel.rule.MissingIndicator;
import it.traccia.kernel.rule.MissingTarget;
import it.traccia.kernel.rule.PhaseDueAfterObjective;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.UnresolvedImportFinding;
import it.traccia.kernel.rule.Violation;
import it.traccia.kernel.rule.WeightsDoNotSumToHundred;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a plan must meet before it goes to the Giunta (regole di trasmissione), run on the plan as it is now.
 * Every broken rule is reported, in the order of the plan: a plan without any objective first; then each structure
 * in the order it was added (its objectives as a weight set, then each objective by number: indicators, targets,
 * deadline, its phases as a weight set, each phase by number due no later than the objective); then the common
 * objectives in the same way; last, the import errors nobody has resolved. Each field is a path naming the part of
 * the plan, e.g. {@code Segreteria/6/6.1/deadline}, {@code common/objectives/weight} or {@code importFindings/2}.
 */
final class SubmissionRules {

    private final PlanContents plan;
    private final ImportFindings findings;
    private final List<Violation> violations = new ArrayList<>();

    private SubmissionRules(PlanContents plan, ImportFindings findings) {
        this.plan = plan;
        this.findings = findings;
    }

    /** Every submission rule the draft breaks, none when it may go to the Giunta. */
    static List<Violation> brokenBy(PlanContents draft, ImportFindings findings) {
        return new SubmissionRules(draft, findings).check();
    }

    private List<Violation> check() {
        checkNotEmpty();
        for (Structure structure : plan.structures()) {
            checkObjectives(Part.of(structure), plan.objectivesOf(structure.id()));
        }
        checkObjectives(Part.COMMON, plan.commonObjectives());
        checkImportFindings();
        return List.copyOf(violations);
    }

    private void checkNotEmpty() {
        boolean noObjective = plan.commonObjectives().isEmpty()
                && plan.structures().stream().allMatch(structure -> plan.objectivesOf(structure.id()).isEmpty());
        if (noObjective) {
            report(new EmptyPlan());
        }
    }

    private void checkObjectives(Part part, List<Objective> objectives) {
        checkWeights(part.path() + "/objectives/weight", part.objectives(),
                objectives.stream().map(Objective::weight).toList());
        objectives.stream()
                .sorted(comparing(Objective::number, Numbering.OBJECTIVE_ORDER))
                .forEach(objective -> checkObjective(part, objective));
    }

    private void checkObjective(Part part, Objective objective) {
        String path = part.path() + "/" + objective.number();
        String subject = "L'" + part.objective(objective.number());
        if (isBlank(objective.indicators())) {
            report(new MissingIndicator(path + "/indicators", subject));
        }
        if (isBlank(objective.targets())) {
            report(new MissingTarget(path + "/targets", subject));
        }
        if (objective.deadline() == null) {
            report(new MissingDeadline(path + "/deadline", subject));
        }
        List<Phase> phases = plan.phasesOf(objective.id());
        checkWeights(path + "/phases/weight", "le fasi dell'" + part.objective(objective.number()),
                phases.stream().map(Phase::weight).toList());
        phases.stream()
                .sorted(comparing(Phase::number, Numbering.PHASE_ORDER))
                .forEach(phase -> checkPhaseDeadline(part, objective, phase));
    }

    private void checkPhaseDeadline(Part part, Objective objective, Phase phase) {
        LocalDate due = objective.deadline();
        if (due != null && phase.deadline() != null && phase.deadline().isAfter(due)) {
            String field = part.path() + "/" + objective.number() + "/" + phase.number() + "/deadline";
            report(new PhaseDueAfterObjective(field, part.phase(phase.number()), phase.deadline(), due));
        }
    }

    /** An empty set is balanced: a structure without objectives, an objective without phases ({@link WeightSum}). */
    private void checkWeights(String field, String weightSet, List<Weight> weights) {
        WeightSum sum = WeightSum.of(weights);
        if (!sum.balanced()) {
            report(new WeightsDoNotSumToHundred(field, weightSet, sum.total()));
        }
    }

    private void checkImportFindings() {
        for (int number = 1; number <= findings.count(); number++) {
            if (findings.blocksSubmission(number)) {
                ImportFinding finding = findings.numbered(number);
                String field = "importFindings/" + number;
                report(new UnresolvedImportFinding(field, number, finding.code(), finding.message()));
            }
        }
    }

    private void report(RuleViolation violation) {
        violations.addAll(violation.violations());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Where objectives belong, a structure or the common objectives: it gives the first step of each path and the
     * Italian words that name its objectives and phases in the messages.
     *
     * @param path          the structure's name, or {@code common}
     * @param structureName the structure's name, or {@code null} for the common objectives
     */
    private record Part(String path, String structureName) {

        static final Part COMMON = new Part("common", null);

        static Part of(Structure structure) {
            return new Part(structure.name(), structure.name());
        }

        /** "gli obiettivi di Segreteria", "gli obiettivi comuni". */
        String objectives() {
            return structureName == null ? "gli obiettivi comuni" : "gli obiettivi di " + structureName;
        }

        /** "obiettivo 6 di Segreteria", "obiettivo comune 2". */
        String objective(String number) {
            return structureName == null
                    ? "obiettivo comune " + number
                    : "obiettivo " + number + " di " + structureName;
        }

        /** "La fase 6.1 di Segreteria", "La fase 1.1 degli obiettivi comuni". */
        String phase(String number) {
            return "La fase " + number + (structureName == null ? " degli obiettivi comuni" : " di " + structureName);
        }
    }
}
