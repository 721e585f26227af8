package it.traccia.app.web.page;

import it.traccia.app.infrastructure.ReadModelConsistency;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.ProblemDetailsAdvice;
import it.traccia.app.web.approval.OpenVariationRequest;
import it.traccia.app.web.approval.PlanVersions;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.query.PlanVersionSummaryView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.workflow.variation.PlanVariations;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The adopted versions of a plan (versioni adottate), each read-only with its delibera; the difference between any two
 * of them or the version in preparation (differenze); and the opening of a variation (variazione) with its reason.
 */
@Controller
class VersionPages {

    private final PlanVersions versions;
    private final PlanVariations variations;
    private final ReadModelConsistency readModels;
    private final CurrentActor actor;
    private final Forms forms;

    VersionPages(PlanVersions versions, PlanVariations variations, ReadModelConsistency readModels,
                 CurrentActor actor, Forms forms) {
        this.versions = versions;
        this.variations = variations;
        this.readModels = readModels;
        this.actor = actor;
        this.forms = forms;
    }

    @GetMapping("/piani/{planId}/versioni")
    String versions(@PathVariable String planId, Model model) {
        PlanView plan = versions.current(planId);
        List<PlanVersionSummaryView> adopted = versions.adopted(planId).versions();
        model.addAttribute("plan", plan);
        model.addAttribute("versions", adopted);
        model.addAttribute("choices", choices(plan, adopted));
        model.addAttribute("from", adopted.isEmpty() ? plan.version() : adopted.get(adopted.size() - 1).version());
        model.addAttribute("to", plan.version());
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan)));
        return "versioni";
    }

    @GetMapping("/piani/{planId}/versioni/{version}")
    String version(@PathVariable String planId, @PathVariable int version, Model model) {
        PlanView current = versions.current(planId);
        PlanView adopted = versions.adopted(planId, version);
        model.addAttribute("plan", adopted);
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(current), BreadcrumbStep.versions(current)));
        return "versione";
    }

    @GetMapping("/piani/{planId}/versioni/differenze")
    String difference(@PathVariable String planId, @RequestParam(name = "da") int from,
                      @RequestParam(name = "a") int to, Model model) {
        PlanView plan = versions.current(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("difference", versions.difference(planId, from, to));
        model.addAttribute("choices", choices(plan, versions.adopted(planId).versions()));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan), BreadcrumbStep.versions(plan)));
        return "differenze";
    }

    @GetMapping("/piani/{planId}/variazione")
    String variationForm(@PathVariable String planId, Model model) {
        return variation(versions.current(planId), Map.of(), FormErrors.none(), model);
    }

    @PostMapping("/piani/{planId}/variazione")
    String openVariation(@PathVariable String planId, @RequestParam Map<String, String> values, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        try {
            variations.open(new PlanId(planId), new OpenVariationRequest(values.get("reason")).checkedReason(),
                    actor.onPlan(planId));
        } catch (RuleViolation refused) {
            response.setStatus(ProblemDetailsAdvice.statusOf(refused.refusal()).value());
            return variation(versions.current(planId), values, FormErrors.of(refused, Set.of("reason")), model);
        }
        readModels.awaitOwnWrites();
        redirect.addFlashAttribute("notice", "variation.opened");
        return "redirect:/piani/" + planId;
    }

    private String variation(PlanView plan, Map<String, String> values, FormErrors errors, Model model) {
        model.addAttribute("form", forms.form(forms.text("variation.title", plan.version()),
                forms.text("variation.lead", plan.version(), plan.version() + 1), "/piani/" + plan.id() + "/variazione",
                List.of(FieldSpec.textarea("reason", "label.reason.variation", true)), values, errors, null, List.of(),
                "variation.open", false, "/piani/" + plan.id()));
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan)));
        return "modulo";
    }

    /** The versions one may compare: every adopted one, and the one in preparation when there is one. */
    private static List<Version> choices(PlanView plan, List<PlanVersionSummaryView> adopted) {
        List<Version> choices = new ArrayList<>(adopted.stream().map(version -> new Version(version.version(), true))
                .toList());
        if (plan.adoption() == null) {
            choices.add(new Version(plan.version(), false));
        }
        return choices;
    }

    /** A version one may choose to compare: adopted, or the one in preparation. */
    record Version(int number, boolean adopted) {
    }
}
