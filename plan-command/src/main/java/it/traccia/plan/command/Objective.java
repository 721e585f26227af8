package it.traccia.plan.command;

import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRevised;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A management objective (obiettivo gestionale) of a structure, or a common objective (obiettivo comune) when
 * {@code structureId} is {@code null}; {@code revision} counts its own changes, not those of its phases.
 */
record Objective(
        ObjectiveId id,
        StructureId structureId,
        String number,
        ObjectiveKind kind,
        String description,
        Weight weight,
        String indicators,
        String targets,
        LocalDate deadline,
        long revision) {

    static final long FIRST_REVISION = 1;

    static Objective definedBy(ObjectiveDefined event) {
        return new Objective(event.objectiveId(), event.structureId(), event.number(), event.kind(), event.description(),
                event.weight(), event.indicators(), event.targets(), event.deadline(), FIRST_REVISION);
    }

    static Objective definedBy(CommonObjectiveDefined event) {
        return new Objective(event.objectiveId(), null, event.number(), event.kind(), event.description(),
                event.weight(), event.indicators(), event.targets(), event.deadline(), FIRST_REVISION);
    }

    boolean isCommon() {
        return structureId == null;
    }

    boolean belongsTo(StructureId structure) {
        return structure.equals(structureId);
    }

    /** Whether the revision would change anything the plan shows; the reason alone changes nothing. */
    boolean differsFrom(ReviseObjective command) {
        return kind != command.kind()
                || !description.equals(command.description())
                || !Objects.equals(indicators, command.indicators())
                || !Objects.equals(targets, command.targets())
                || !Objects.equals(deadline, command.deadline());
    }

    Objective revisedBy(ObjectiveRevised event) {
        return new Objective(id, structureId, number, event.kind(), event.description(), weight, event.indicators(),
                event.targets(), event.deadline(), event.revision());
    }

    Objective reweighted(Weight newWeight, long newRevision) {
        return new Objective(id, structureId, number, kind, description, newWeight, indicators, targets, deadline, newRevision);
    }
}
