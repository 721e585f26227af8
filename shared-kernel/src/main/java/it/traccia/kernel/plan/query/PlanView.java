package it.traccia.kernel.plan.query;

import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.WeightSum;

import java.time.Instant;
import java.util.List;

/**
 * The current plan (piano) as its table prints it: structures, their context, objectives and phases, with the sum of
 * every weight set and whether each is 100. {@code balanced} is true only when every set is. {@code version} counts
 * adopted versions and variations from 1; {@code adoption} is the delibera of this version once adopted (else null),
 * {@code approvalDeadline} the last deadline warning recorded for it (else null).
 */
public record PlanView(
        String id,
        String organisationId,
        String organisation,
        String province,
        int firstYear,
        int lastYear,
        int year,
        PlanStatus status,
        int version,
        List<StructureView> structures,
        StrategicContextView commonContext,
        List<ObjectiveView> commonObjectives,
        WeightSum commonObjectiveWeights,
        boolean balanced,
        long lastSequence,
        Instant lastChangedAt,
        AdoptionView adoption,
        ApprovalDeadlineView approvalDeadline) {
}
