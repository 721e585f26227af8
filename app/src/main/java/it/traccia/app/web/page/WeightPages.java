package it.traccia.app.web.page;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.plan.ChangeWeightRequest;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.plan.query.FindWeightHistoryQuery;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.WeightHistoryEntryView;
import it.traccia.kernel.plan.query.WeightHistoryView;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.StaleRevision;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownPhase;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The weight of an objective or a phase changed from its page (cambio di peso): the new weight and the reason the NdV
 * will read, through the same command as {@code PUT /api/plans/{planId}/objectives/{objectiveId}/weight}. The form
 * shows the sum of the element's set as the user types; a change made meanwhile by someone else is shown, with who
 * made it, and the user may apply theirs again.
 */
@Controller
class WeightPages {

    private static final Set<String> FIELDS = Set.of("weight", "reason");
    private static final String HTMX = "HX-Request";

    private final PlanCommands commands;
    private final ReadablePlans plans;
    private final QueryGateway queries;
    private final CurrentActor actor;

    WeightPages(PlanCommands commands, ReadablePlans plans, QueryGateway queries, CurrentActor actor) {
        this.commands = commands;
        this.plans = plans;
        this.queries = queries;
        this.actor = actor;
    }

    @GetMapping("/piani/{planId}/obiettivi/{objectiveId}/peso")
    String objectiveForm(@PathVariable String planId, @PathVariable String objectiveId,
                         @RequestHeader(name = HTMX, required = false) String htmx, Model model) {
        return emptyForm(plan(planId), objectiveId, UnknownObjective::new, htmx, model);
    }

    @GetMapping("/piani/{planId}/fasi/{phaseId}/peso")
    String phaseForm(@PathVariable String planId, @PathVariable String phaseId,
                     @RequestHeader(name = HTMX, required = false) String htmx, Model model) {
        return emptyForm(plan(planId), phaseId, UnknownPhase::new, htmx, model);
    }

    @PostMapping("/piani/{planId}/obiettivi/{objectiveId}/peso")
    String changeObjectiveWeight(@PathVariable String planId, @PathVariable String objectiveId,
                                 @ModelAttribute ChangeWeightRequest form,
                                 @RequestHeader(name = HTMX, required = false) String htmx, Model model,
                                 HttpServletResponse response) {
        PlanView plan = plan(planId);
        PlanElement element = element(plan, objectiveId, UnknownObjective::new);
        return change(plan, element, UnknownObjective::new, form, htmx, model, response,
                () -> commands.send(form.forObjective(planId, objectiveId, actor.onPlan(planId))));
    }

    @PostMapping("/piani/{planId}/fasi/{phaseId}/peso")
    String changePhaseWeight(@PathVariable String planId, @PathVariable String phaseId,
                             @ModelAttribute ChangeWeightRequest form,
                             @RequestHeader(name = HTMX, required = false) String htmx, Model model,
                             HttpServletResponse response) {
        PlanView plan = plan(planId);
        PlanElement element = element(plan, phaseId, UnknownPhase::new);
        return change(plan, element, UnknownPhase::new, form, htmx, model, response,
                () -> commands.send(form.forPhase(planId, phaseId, actor.onPlan(planId))));
    }

    /** The sum of the element's set with the weight being typed, shown beside the field while people type. */
    @GetMapping({"/piani/{planId}/obiettivi/{objectiveId}/peso/somma", "/piani/{planId}/fasi/{phaseId}/peso/somma"})
    String sumWhileTyping(@PathVariable String planId,
                          @PathVariable(required = false) String objectiveId,
                          @PathVariable(required = false) String phaseId,
                          @RequestParam(required = false) String weight, Model model) {
        PlanView plan = plan(planId);
        PlanElement element = objectiveId != null ? element(plan, objectiveId, UnknownObjective::new)
                : element(plan, phaseId, UnknownPhase::new);
        model.addAttribute("element", element);
        model.addAttribute("sum", sumOrNull(element, weight));
        return "peso :: sum";
    }

    private String change(PlanView plan, PlanElement element, Function<String, RuleViolation> unknown,
                          ChangeWeightRequest form, String htmx, Model model, HttpServletResponse response,
                          Runnable send) {
        try {
            send.run();
        } catch (StaleRevision stale) {
            response.setStatus(htmx != null ? HttpStatus.OK.value() : HttpStatus.CONFLICT.value());
            PlanView current = plan(plan.id());
            PlanElement now = element(current, element.id(), unknown);
            form(current, now, new ChangeWeightRequest(form.weight(), form.reason(), now.revision()), FormErrors.none(),
                    lastChange(plan.id(), element.id()), model);
            return htmx != null ? "peso :: form" : "peso";
        } catch (RuleViolation refused) {
            // htmx swaps only successful answers: the form with its errors is one, for it.
            response.setStatus(htmx != null ? HttpStatus.OK.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
            form(plan, element, form, FormErrors.of(refused, FIELDS), null, model);
            return htmx != null ? "peso :: form" : "peso";
        }
        if (htmx != null) {
            // In place: htmx reads the plan page again and swaps its content, with the new weight and sums.
            response.setHeader("HX-Location", "{\"path\": \"/piani/" + plan.id()
                    + "\", \"target\": \"#contenuto\", \"select\": \"#contenuto\", \"swap\": \"outerHTML\"}");
            return "peso :: done";
        }
        return "redirect:/piani/" + plan.id() + "#" + (element.phase() ? "fase-" : "obiettivo-") + element.id();
    }

    /** The form of an element's weight as it stands: a page, or for htmx the row shown under the element's row. */
    private static String emptyForm(PlanView plan, String elementId, Function<String, RuleViolation> unknown,
                                    String htmx, Model model) {
        PlanElement element = element(plan, elementId, unknown);
        form(plan, element, new ChangeWeightRequest(null, null, element.revision()), FormErrors.none(), null, model);
        return htmx != null ? "peso :: row" : "peso";
    }

    /** Fills the model of the weight form: the element, what was typed, the refusals, a change made meanwhile. */
    private static void form(PlanView plan, PlanElement element, ChangeWeightRequest form, FormErrors errors,
                             WeightHistoryEntryView changedMeanwhile, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("element", element);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("changedMeanwhile", changedMeanwhile);
        model.addAttribute("sum", sumOrNull(element, form.weight()));
        model.addAttribute("address", "/piani/" + plan.id() + (element.phase() ? "/fasi/" : "/obiettivi/")
                + element.id() + "/peso");
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan)));
    }

    /** The weight set's sum with this text as the element's weight; with its current weight when none is typed. */
    private static WeightSum sumOrNull(PlanElement element, String typed) {
        if (typed == null || typed.isBlank()) {
            return element.sumWith(element.weight() == null ? null : new Weight(element.weight()));
        }
        try {
            return element.sumWith(Weight.parse("weight", typed));
        } catch (RuleViolation notAWeight) {
            return null;
        }
    }

    private WeightHistoryEntryView lastChange(String planId, String elementId) {
        WeightHistoryView history = queries.query(new FindWeightHistoryQuery(new PlanId(planId), elementId,
                actor.userId()), WeightHistoryView.class).join();
        return history == null || history.entries().isEmpty() ? null : history.entries().get(history.entries().size() - 1);
    }

    private static PlanElement element(PlanView plan, String elementId, Function<String, RuleViolation> unknown) {
        return PlanElement.find(plan, elementId).orElseThrow(() -> unknown.apply(elementId));
    }

    private PlanView plan(String planId) {
        return plans.plan(planId);
    }
}
