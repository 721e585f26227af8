package it.traccia.app.web.monitoring;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Achievement;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.EvidenceId;
import it.traccia.kernel.monitoring.command.CompleteObjective;
import it.traccia.kernel.monitoring.command.CompletePhase;
import it.traccia.kernel.monitoring.command.CorrectCompletion;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST …/completion} (completamento) and of its correction, {@code PUT} on the same route with a
 * {@code reason}: the day, the share achieved (0–100, two decimals at most), a note, the supporting documents, and for a
 * common element the structure recording it.
 */
public record CompletionRequest(String completedOn, String achievement, String note, List<String> evidenceIds,
                                String structureId, String reason) {

    public CompletePhase forPhase(String planId, String phaseId, Actor actor) {
        Checked checked = checked(false);
        return new CompletePhase(new PlanId(planId), new PhaseId(phaseId), checked.structureId(), checked.completion(),
                actor);
    }

    public CompleteObjective forObjective(String planId, String objectiveId, Actor actor) {
        Checked checked = checked(false);
        return new CompleteObjective(new PlanId(planId), new ObjectiveId(objectiveId), checked.structureId(),
                checked.completion(), actor);
    }

    /** The correction of a recorded completion: the same fields, and the reason, required. */
    public CorrectCompletion correction(ElementKind kind, String planId, String elementId, Actor actor) {
        Checked checked = checked(true);
        return new CorrectCompletion(new PlanId(planId), kind, elementId, checked.structureId(), checked.completion(),
                checked.reason(), actor);
    }

    private Checked checked(boolean correction) {
        RequestFields fields = new RequestFields();
        LocalDate day = fields.requiredDate("completedOn", completedOn);
        Achievement share = fields.achievement("achievement", achievement);
        String checkedNote = fields.optional("note", note);
        String checkedStructure = fields.optional("structureId", structureId);
        List<EvidenceId> evidence = evidenceIds == null ? List.of() : evidenceIds.stream()
                .map(id -> fields.required("evidenceIds", id)).map(id -> id == null ? null : new EvidenceId(id))
                .toList();
        String checkedReason = correction ? fields.reason("reason", reason) : fields.optional("reason", reason);
        fields.done();
        return new Checked(new Completion(day, share, checkedNote, evidence),
                checkedStructure == null ? null : new StructureId(checkedStructure), checkedReason);
    }

    private record Checked(Completion completion, StructureId structureId, String reason) {
    }
}
