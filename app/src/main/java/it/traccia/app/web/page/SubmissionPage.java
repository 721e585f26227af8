package it.traccia.app.web.page;

import it.traccia.app.infrastructure.ReadModelConsistency;
import it.traccia.app.security.CurrentActor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StructureView;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.workflow.submission.PlanSubmissions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Optional;

/**
 * The Segretario's "Trasmissione alla Giunta" from the plan page: the same submission as
 * {@code POST /api/plans/{planId}/submit}; when the plan still breaks rules, the plan page lists every violation with
 * a link to the element it concerns.
 */
@Controller
class SubmissionPage {

    private final PlanSubmissions submissions;
    private final ReadModelConsistency readModels;
    private final PlanPage planPage;
    private final ReadablePlans plans;
    private final CurrentActor actor;

    SubmissionPage(PlanSubmissions submissions, ReadModelConsistency readModels, PlanPage planPage, ReadablePlans plans,
                   CurrentActor actor) {
        this.submissions = submissions;
        this.readModels = readModels;
        this.planPage = planPage;
        this.plans = plans;
        this.actor = actor;
    }

    @PostMapping("/piani/{planId}/trasmissione")
    String submit(@PathVariable String planId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            submissions.submit(new PlanId(planId), actor.onPlan(planId));
        } catch (RuleViolation refused) {
            PlanView plan = plans.plan(planId);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("submissionRefusals", refused.violations().stream()
                    .map(violation -> new LinkedViolation(violation.message(), addressOf(plan, violation.field())))
                    .toList());
            return planPage.plan(planId, model);
        }
        readModels.awaitOwnWrites();
        redirect.addFlashAttribute("notice", "plan.submitted");
        return "redirect:/piani/" + planId;
    }

    /** Where the user fixes what a rule names: its row on the plan page, or a finding in the import's list. */
    static String addressOf(PlanView plan, String field) {
        if (field != null && field.startsWith("importFindings/")) {
            return "/piani/" + plan.id() + "/rilievi#rilievo-" + field.substring("importFindings/".length());
        }
        return anchorOf(plan, field).map(anchor -> "#" + anchor).orElse(null);
    }

    /**
     * Where on the plan page the element a submission rule names is: {@code Segreteria/6/6.1/deadline} is phase 6.1,
     * {@code common/2/targets} common objective 2, {@code Segreteria/objectives/weight} the structure's table; an import finding ({@code importFindings/2}) has
     * no place on the plan page.
     */
    static Optional<String> anchorOf(PlanView plan, String field) {
        if (field == null) {
            return Optional.empty();
        }
        String[] parts = field.split("/");
        Optional<StructureView> structure = plan.structures().stream().filter(s -> s.name().equals(parts[0])).findFirst();
        List<ObjectiveView> objectives;
        String section;
        if (structure.isPresent()) {
            objectives = structure.get().objectives();
            section = "struttura-" + structure.get().id();
        } else if (parts[0].equals("common")) {
            objectives = plan.commonObjectives();
            section = "obiettivi-comuni";
        } else {
            return Optional.empty();
        }
        if (parts.length < 2 || parts[1].equals("objectives")) {
            return Optional.of(section);
        }
        Optional<ObjectiveView> objective = objectives.stream().filter(o -> o.number().equals(parts[1])).findFirst();
        if (objective.isEmpty()) {
            return Optional.of(section);
        }
        if (parts.length >= 4 && !parts[2].equals("phases")) {
            Optional<PhaseView> phase = objective.get().phases().stream().filter(p -> p.number().equals(parts[2]))
                    .findFirst();
            if (phase.isPresent()) {
                return Optional.of("fase-" + phase.get().id());
            }
        }
        return Optional.of("obiettivo-" + objective.get().id());
    }

    /** A broken rule of the submission check, with the address of the element it concerns (null when it has none). */
    record LinkedViolation(String message, String address) {
    }
}
