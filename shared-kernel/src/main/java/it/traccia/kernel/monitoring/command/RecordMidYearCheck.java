package it.traccia.kernel.monitoring.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.monitoring.MonitoringId;
import it.traccia.kernel.plan.command.PlanCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records a verifica intermedia (mid-year check) of the plan in force by the Segretario: the day it looks at, and its
 * notes; the progress recorded until then is frozen with it.
 */
public record RecordMidYearCheck(PlanId planId, LocalDate asOf, String notes, Actor actor) implements PlanCommand {

    @TargetAggregateIdentifier
    public MonitoringId monitoringId() {
        return MonitoringId.of(planId);
    }
}
