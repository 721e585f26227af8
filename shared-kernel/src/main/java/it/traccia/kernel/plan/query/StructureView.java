package it.traccia.kernel.plan.query;

import it.traccia.kernel.WeightSum;

import java.util.List;

/**
 * A structure (struttura) of the plan with its head (name and title as printed, and the user who heads it, null until
 * one is assigned), strategic context, objectives and the sum of their weights.
 */
public record StructureView(
        String id,
        String name,
        String head,
        String headTitle,
        String headUserId,
        StrategicContextView context,
        List<ObjectiveView> objectives,
        WeightSum objectiveWeights) {
}
