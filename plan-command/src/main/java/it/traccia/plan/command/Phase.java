package it.traccia.plan.command;

import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseRevised;

import java.time.LocalDate;
import java.util.Objects;

/** A phase (fase) of an objective, weighted as a share of it; {@code revision} counts its own changes. */
record Phase(
        PhaseId id,
        ObjectiveId objectiveId,
        String number,
        String description,
        Weight weight,
        String indicator,
        String target,
        LocalDate deadline,
        long revision) {

    static final long FIRST_REVISION = 1;

    static Phase definedBy(PhaseDefined event) {
        return new Phase(event.phaseId(), event.objectiveId(), event.number(), event.description(), event.weight(),
                event.indicator(), event.target(), event.deadline(), FIRST_REVISION);
    }

    /** Whether the revision would change anything the plan shows; the reason alone changes nothing. */
    boolean differsFrom(RevisePhase command) {
        return !description.equals(command.description())
                || !Objects.equals(indicator, command.indicator())
                || !Objects.equals(target, command.target())
                || !Objects.equals(deadline, command.deadline());
    }

    Phase revisedBy(PhaseRevised event) {
        return new Phase(id, objectiveId, number, event.description(), weight, event.indicator(), event.target(),
                event.deadline(), event.revision());
    }

    Phase reweighted(Weight newWeight, long newRevision) {
        return new Phase(id, objectiveId, number, description, newWeight, indicator, target, deadline, newRevision);
    }
}
