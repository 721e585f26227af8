package it.traccia.app.web.monitoring;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.monitoring.command.RecordMidYearCheck;

import java.time.LocalDate;

/** Body of {@code POST …/mid-year-checks} (verifica intermedia): the day it looks at, and the Segretario's notes. */
public record MidYearCheckRequest(String asOf, String notes) {

    public RecordMidYearCheck toCommand(String planId, Actor actor) {
        RequestFields fields = new RequestFields();
        LocalDate day = fields.requiredDate("asOf", asOf);
        String checkedNotes = fields.optional("notes", notes);
        fields.done();
        return new RecordMidYearCheck(new PlanId(planId), day, checkedNotes, actor);
    }
}
