package it.traccia.app.web.page;

import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.PathIds;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StrictDates;
import it.traccia.kernel.plan.query.AuditEntryView;
import it.traccia.kernel.plan.query.AuditTrailView;
import it.traccia.kernel.plan.query.FindAuditTrailQuery;
import it.traccia.kernel.plan.query.FindWeightHistoryQuery;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.WeightHistoryView;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownPlan;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The audit trail of a plan as sentences (storico): who did what to which part, when and why, filtered by structure,
 * objective, user and dates, a page at a time; with an objective chosen, the step chart of its weight over time.
 */
@Controller
class HistoryPage {

    static final int PAGE_SIZE = 50;
    private static final Set<String> FILTERS = Set.of("from", "to");

    private final ReadablePlans plans;
    private final QueryGateway queries;
    private final CurrentActor actor;

    HistoryPage(ReadablePlans plans, QueryGateway queries, CurrentActor actor) {
        this.plans = plans;
        this.queries = queries;
        this.actor = actor;
    }

    @GetMapping("/piani/{planId}/storico")
    String history(@PathVariable String planId,
                   @RequestParam(required = false) String structureId,
                   @RequestParam(required = false) String objectiveId,
                   @RequestParam(required = false) String user,
                   @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to,
                   @RequestParam(defaultValue = "0") int page,
                   Model model) {
        String userId = actor.userId();
        PlanView plan = plans.plan(planId);
        String objective = blankToNull(objectiveId);
        if (objective != null && !PathIds.isWellFormed(objective)) {
            throw new UnknownObjective(objective);
        }
        FormErrors errors = FormErrors.none();
        LocalDate fromDate = null;
        LocalDate toDate = null;
        try {
            fromDate = blankToNull(from) == null ? null : StrictDates.parseIso("from", from.strip());
            toDate = blankToNull(to) == null ? null : StrictDates.parseIso("to", to.strip());
        } catch (RuleViolation invalidDate) {
            errors = FormErrors.of(invalidDate, FILTERS);
        }
        AuditTrailView trail = queries.query(new FindAuditTrailQuery(new PlanId(planId), objective, userId),
                AuditTrailView.class).join();
        if (trail == null) {
            throw new UnknownPlan(planId);
        }
        Predicate<AuditEntryView> kept = entry -> true;
        String structure = blankToNull(structureId);
        if (structure != null) {
            kept = kept.and(entry -> structure.equals(entry.structureId()));
        }
        String who = blankToNull(user);
        if (who != null) {
            kept = kept.and(entry -> who.equals(entry.user()));
        }
        LocalDate first = fromDate;
        LocalDate last = toDate;
        if (first != null) {
            kept = kept.and(entry -> !entry.occurredAt().atZone(PageFormat.ITALY).toLocalDate().isBefore(first));
        }
        if (last != null) {
            kept = kept.and(entry -> !entry.occurredAt().atZone(PageFormat.ITALY).toLocalDate().isAfter(last));
        }
        List<AuditEntryView> entries = trail.entries().stream().filter(kept).toList();
        int pages = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("plan", plan);
        model.addAttribute("entries", entries.subList(shown * PAGE_SIZE, Math.min(entries.size(), (shown + 1) * PAGE_SIZE)));
        model.addAttribute("total", entries.size());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("users", new TreeSet<>(trail.entries().stream().map(AuditEntryView::user).toList()));
        model.addAttribute("filter", new Filter(structure, objective, who, from, to));
        model.addAttribute("errors", errors);
        model.addAttribute("chart", objective == null ? null : WeightChart.of(weightHistory(planId, objective, userId)));
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan)));
        return "storico";
    }

    private WeightHistoryView weightHistory(String planId, String objectiveId, String userId) {
        return queries.query(new FindWeightHistoryQuery(new PlanId(planId), objectiveId, userId), WeightHistoryView.class)
                .join();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The filters as the user set them, to fill the form again and to build the pages' links. */
    record Filter(String structureId, String objectiveId, String user, String from, String to) {
    }
}
