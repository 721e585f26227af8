package it.traccia.app.web.page;

import it.traccia.kernel.plan.query.PlanView;

/**
 * One step of a page's breadcrumb (percorso di navigazione) between the home page and the page itself: the key of its
 * label in {@code messages.properties}, the label's arguments, and its address.
 */
public record BreadcrumbStep(String labelKey, Object[] labelArguments, String address) {

    /** The plan's own page, named as its title names it. */
    static BreadcrumbStep plan(PlanView plan) {
        return new BreadcrumbStep("plan.title", new Object[] {plan.organisation(), plan.year()}, "/piani/" + plan.id());
    }

    /** The adopted versions of the plan. */
    static BreadcrumbStep versions(PlanView plan) {
        return new BreadcrumbStep("versions.heading", new Object[0], "/piani/" + plan.id() + "/versioni");
    }

    /** The list of the user's open tasks. */
    static BreadcrumbStep tasks() {
        return new BreadcrumbStep("home.tasks", new Object[0], "/attivita");
    }
}
