package it.traccia.kernel.plan.query;

import java.util.List;

/** The structures a user heads, plan by plan. */
public record HeadedStructuresView(List<HeadedStructureView> structures) {

    public HeadedStructuresView {
        structures = List.copyOf(structures);
    }
}
