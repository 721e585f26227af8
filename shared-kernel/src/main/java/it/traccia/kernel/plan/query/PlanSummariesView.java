package it.traccia.kernel.plan.query;

import java.util.List;

/** The plans a user may read, by organisation and then by year. */
public record PlanSummariesView(List<PlanSummaryView> plans) {

    public PlanSummariesView {
        plans = List.copyOf(plans);
    }
}
