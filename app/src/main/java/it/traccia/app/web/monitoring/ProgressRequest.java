package it.traccia.app.web.monitoring;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Achievement;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.ProgressState;
import it.traccia.kernel.monitoring.command.RecordProgress;

import java.time.LocalDate;

/**
 * Body of {@code POST …/progress} (stato di avanzamento): the day, the share achieved so far, a note, and for a common
 * element the structure recording it.
 */
public record ProgressRequest(String asOf, String achievement, String note, String structureId) {

    public RecordProgress toCommand(ElementKind kind, String planId, String elementId, Actor actor) {
        RequestFields fields = new RequestFields();
        LocalDate day = fields.requiredDate("asOf", asOf);
        Achievement share = fields.achievement("achievement", achievement);
        String checkedNote = fields.optional("note", note);
        String checkedStructure = fields.optional("structureId", structureId);
        fields.done();
        return new RecordProgress(new PlanId(planId), kind, elementId,
                checkedStructure == null ? null : new StructureId(checkedStructure),
                new ProgressState(day, share, checkedNote), actor);
    }
}
