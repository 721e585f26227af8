package it.traccia.app.web.page;

import it.traccia.app.security.CurrentActor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.query.FindImportFindingsQuery;
import it.traccia.kernel.plan.query.ImportFindingsView;
import it.traccia.kernel.plan.query.PlanView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan page (il piano): the plan as the comune prints it, header, then per structure its strategic context and
 * the six-column table with phases under their objective, then the common objectives, with every weight set's sum.
 */
@Controller
class PlanPage {

    private final ReadablePlans plans;
    private final QueryGateway queries;
    private final CurrentActor actor;

    PlanPage(ReadablePlans plans, QueryGateway queries, CurrentActor actor) {
        this.plans = plans;
        this.queries = queries;
        this.actor = actor;
    }

    @GetMapping("/piani/{planId}")
    String plan(@PathVariable String planId, Model model) {
        PlanView plan = plans.plan(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("offers", new EditOffers(actor.onPlan(planId), plan));
        model.addAttribute("imported", queries.query(new FindImportFindingsQuery(new PlanId(planId), actor.userId()),
                ImportFindingsView.class).join() != null);
        return "piano";
    }
}
