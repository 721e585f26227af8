package it.traccia.kernel.rule;

import java.time.LocalDate;

/** A second completion of a phase or objective the structure already completed: a correction is the way to change it. */
public final class AlreadyCompleted extends RuleViolation {

    public AlreadyCompleted(String elementId, LocalDate completedOn) {
        super(Refusal.CONFLICT, "completedOn", "'" + Echo.of(elementId) + "' risulta già completato il "
                + ItalianDates.format(completedOn) + ": per cambiarlo si registra una rettifica, con il motivo");
    }
}
