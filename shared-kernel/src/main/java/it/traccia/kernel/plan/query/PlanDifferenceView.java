package it.traccia.kernel.plan.query;

import java.util.List;

/**
 * The difference between two versions of a plan (differenze fra versioni): the elements added, removed and changed
 * from version {@code from} to version {@code to}. Changed elements whose weight changed come first, and in each the
 * weight comes first, since weights are what the NdV and the Giunta look at first.
 *
 * @param to a version adopted, or the version in preparation (a draft or a plan sent to the Giunta)
 */
public record PlanDifferenceView(String planId, int from, int to, List<ElementDifferenceView> added,
                                 List<ElementDifferenceView> removed, List<ElementDifferenceView> changed) {

    public PlanDifferenceView {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
