package it.traccia.app.web.page;

import it.traccia.app.organisation.Directory;
import it.traccia.app.security.CurrentActor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindReadablePlansQuery;
import it.traccia.kernel.plan.query.PlanSummariesView;
import it.traccia.kernel.plan.query.PlanSummaryView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.workflow.task.GiuntaTasks;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.List;

/**
 * The home page (I miei piani, Le mie attività): the plans the user may read, by comune and year, each with the warning
 * of its approval deadline when one is recorded, and the user's open tasks.
 */
@Controller
class HomePage {

    /** Beyond this many plans the list shows no deadline warnings: a deployment-wide list is not a worklist. */
    private static final int PLANS_WITH_WARNINGS = 50;

    private final QueryGateway queries;
    private final ReadablePlans readablePlans;
    private final GiuntaTasks tasks;
    private final CurrentActor actor;
    private final Directory directory;

    HomePage(QueryGateway queries, ReadablePlans readablePlans, GiuntaTasks tasks, CurrentActor actor,
             Directory directory) {
        this.directory = directory;
        this.queries = queries;
        this.readablePlans = readablePlans;
        this.tasks = tasks;
        this.actor = actor;
    }

    @GetMapping("/")
    String home(Model model) {
        String userId = actor.userId();
        List<PlanSummaryView> plans = queries.query(new FindReadablePlansQuery(userId), PlanSummariesView.class).join()
                .plans().stream()
                .sorted(Comparator.comparing(PlanSummaryView::organisation).thenComparing(PlanSummaryView::year,
                        Comparator.reverseOrder()))
                .toList();
        List<PlanRow> rows = plans.stream()
                .map(plan -> new PlanRow(plan, plans.size() <= PLANS_WITH_WARNINGS ? planOf(plan.id(), userId) : null))
                .toList();
        model.addAttribute("plans", rows);
        model.addAttribute("segretario", !directory.organisationsWhere(userId, Role.SEGRETARIO).isEmpty());
        model.addAttribute("tasks", TaskRow.of(tasks.openTasksFor(actor.asGiunta()), readablePlans));
        return "home";
    }

    private PlanView planOf(String planId, String userId) {
        return queries.query(new FindPlanQuery(new PlanId(planId), userId), PlanView.class).join();
    }

    /** One line of the list: the plan and, when it was read, its whole view (for the deadline warning). */
    record PlanRow(PlanSummaryView summary, PlanView plan) {
    }
}
