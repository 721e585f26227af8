package it.traccia.kernel.rule;

import java.time.LocalDate;

/** A phase (fase) due after the deadline of its objective. */
public final class PhaseDueAfterObjective extends SubmissionRule {

    public PhaseDueAfterObjective(String field, String subject, LocalDate phaseDeadline, LocalDate objectiveDeadline) {
        super(field, subject + " scade il " + ItalianDates.format(phaseDeadline) + ", dopo il suo obiettivo ("
                + ItalianDates.format(objectiveDeadline) + ")");
    }
}
