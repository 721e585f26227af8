package it.traccia.kernel.monitoring.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Measurement;
import it.traccia.kernel.monitoring.MonitoringId;
import it.traccia.kernel.plan.command.PlanCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a value of the indicator of an objective or phase (valore dell'indicatore) of the version in force;
 * {@code structureId} names the structure measuring for a common element, and is {@code null} otherwise.
 */
public record RecordIndicatorValue(
        PlanId planId,
        String elementId,
        StructureId structureId,
        Measurement measurement,
        Actor actor) implements PlanCommand {

    @TargetAggregateIdentifier
    public MonitoringId monitoringId() {
        return MonitoringId.of(planId);
    }
}
