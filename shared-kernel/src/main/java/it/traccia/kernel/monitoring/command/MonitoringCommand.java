package it.traccia.kernel.monitoring.command;

import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.plan.command.PlanCommand;

/**
 * A command recording how the adopted plan is carried out (monitoraggio), about one phase or objective of the version
 * in force; {@code structureId} names the structure recording for a common element, and is {@code null} otherwise.
 */
public interface MonitoringCommand extends PlanCommand {

    ElementKind kind();

    String elementId();

    StructureId structureId();
}
