package it.traccia.app.web.page;

import it.traccia.app.infrastructure.ReadModelConsistency;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.task.CompleteTaskRequest;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.UnknownTask;
import it.traccia.workflow.task.GiuntaTasks;
import it.traccia.workflow.task.OpenTask;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;

/**
 * The Giunta's tasks (attività): the list of the open ones, and the decision on one, approve with the delibera's
 * number and date or return with remarks, through the same rules as {@code POST /api/tasks/{taskId}/complete}.
 */
@Controller
class TaskPages {

    private static final Set<String> DECISION_FIELDS = Set.of("decision", "resolutionNumber", "resolutionDate", "remarks");

    private final GiuntaTasks tasks;
    private final ReadablePlans plans;
    private final ReadModelConsistency readModels;
    private final CurrentActor actor;

    TaskPages(GiuntaTasks tasks, ReadablePlans plans, ReadModelConsistency readModels, CurrentActor actor) {
        this.tasks = tasks;
        this.plans = plans;
        this.readModels = readModels;
        this.actor = actor;
    }

    @GetMapping("/attivita")
    String openTasks(Model model) {
        model.addAttribute("tasks", TaskRow.of(tasks.openTasksFor(actor.asGiunta()), plans));
        return "attivita";
    }

    @GetMapping("/attivita/{taskId}")
    String task(@PathVariable String taskId, Model model) {
        return decisionForm(openTask(taskId), new CompleteTaskRequest(null, null, null, null), FormErrors.none(), model);
    }

    /** Records the decision, then shows the plan; a refused decision comes back with each message beside its field. */
    @PostMapping("/attivita/{taskId}")
    String decide(@PathVariable String taskId, @ModelAttribute CompleteTaskRequest form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        OpenTask task = openTask(taskId);
        try {
            tasks.complete(taskId, form.toDecision(), actor.asGiunta());
        } catch (RuleViolation refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return decisionForm(task, form, FormErrors.of(refused, DECISION_FIELDS), model);
        }
        readModels.awaitOwnWrites();
        redirect.addFlashAttribute("notice", "APPROVE".equals(form.decision()) ? "task.approved" : "task.returned");
        return "redirect:/piani/" + task.planId();
    }

    private String decisionForm(OpenTask task, CompleteTaskRequest form, FormErrors errors, Model model) {
        PlanView plan = plans.plan(task.planId());
        model.addAttribute("task", task);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("steps", List.of(BreadcrumbStep.tasks()));
        return "attivita-decisione";
    }

    private OpenTask openTask(String taskId) {
        return tasks.openTasksFor(actor.asGiunta()).stream()
                .filter(task -> task.id().equals(taskId))
                .findFirst()
                .orElseThrow(() -> new UnknownTask(taskId));
    }
}
