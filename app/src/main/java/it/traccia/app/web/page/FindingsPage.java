package it.traccia.app.web.page;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.ProblemDetailsAdvice;
import it.traccia.app.web.approval.ResolveFindingRequest;
import it.traccia.app.web.imports.NotImported;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.query.FindImportFindingsQuery;
import it.traccia.kernel.plan.query.ImportFindingView;
import it.traccia.kernel.plan.query.ImportFindingsView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.plan.query.subject.Subjects;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;

/**
 * The findings (rilievi) of a plan's import, each with where it is, a link to its row on the plan page, and how it was
 * resolved; the Segretario marks one resolved ("Segna come risolto") saying how, through the API's own command.
 */
@Controller
class FindingsPage {

    private final ReadablePlans plans;
    private final QueryGateway queries;
    private final PlanCommands commands;
    private final CurrentActor actor;

    FindingsPage(ReadablePlans plans, QueryGateway queries, PlanCommands commands, CurrentActor actor) {
        this.plans = plans;
        this.queries = queries;
        this.commands = commands;
        this.actor = actor;
    }

    @GetMapping("/piani/{planId}/rilievi")
    String findings(@PathVariable String planId, Model model) {
        return show(plans.plan(planId), null, "", FormErrors.none(), model);
    }

    @PostMapping("/piani/{planId}/rilievi/{number}/risoluzione")
    String resolve(@PathVariable String planId, @PathVariable int number,
                   @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            commands.send(new ResolveFindingRequest(note).toCommand(planId, number, actor.onPlan(planId)));
        } catch (RuleViolation refused) {
            response.setStatus(ProblemDetailsAdvice.statusOf(refused.refusal()).value());
            return show(plans.plan(planId), number, note, FormErrors.of(refused, Set.of("note")), model);
        }
        redirect.addFlashAttribute("notice", "findings.resolved");
        return "redirect:/piani/" + planId + "/rilievi#rilievo-" + number;
    }

    private String show(PlanView plan, Integer refusedNumber, String typedNote, FormErrors errors, Model model) {
        ImportFindingsView findings = queries.query(new FindImportFindingsQuery(new PlanId(plan.id()), actor.userId()),
                ImportFindingsView.class).join();
        if (findings == null) {
            throw new NotImported(plan.id());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("offers", new EditOffers(actor.onPlan(plan.id()), plan));
        model.addAttribute("source", findings);
        model.addAttribute("findings", findings.findings().stream().map(finding -> FindingRow.of(plan, finding)).toList());
        model.addAttribute("refusedNumber", refusedNumber);
        model.addAttribute("typedNote", typedNote);
        model.addAttribute("errors", errors);
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan)));
        return "rilievi";
    }

    /** One finding as the page lists it, with where it is as people read it and the address of its row, if any. */
    public record FindingRow(ImportFindingView finding, String where, String address) {

        static FindingRow of(PlanView plan, ImportFindingView finding) {
            String structure = finding.structure() == null ? "common" : finding.structure();
            String where = finding.structure() == null ? Subjects.COMMON_OBJECTIVES : Subjects.structure(finding.structure());
            if (finding.objectiveNumber() != null) {
                where = finding.structure() == null ? Subjects.commonObjective(finding.objectiveNumber())
                        : Subjects.objective(where, finding.objectiveNumber());
            }
            if (finding.phaseNumber() != null) {
                where = Subjects.phase(where, finding.phaseNumber());
            }
            String path = structure + (finding.objectiveNumber() == null ? "" : "/" + finding.objectiveNumber()
                    + (finding.phaseNumber() == null ? "/finding" : "/" + finding.phaseNumber() + "/finding"));
            String address = finding.structure() == null && finding.objectiveNumber() == null ? null
                    : SubmissionPage.anchorOf(plan, path).map(anchor -> "/piani/" + plan.id() + "#" + anchor)
                    .orElse(null);
            return new FindingRow(finding, where, address);
        }
    }
}
