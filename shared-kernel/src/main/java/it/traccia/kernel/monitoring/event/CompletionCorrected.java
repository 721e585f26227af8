package it.traccia.kernel.monitoring.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import org.axonframework.serialization.Revision;

/** A recorded completion was corrected (rettifica) from {@code previous} to {@code completion}, for the reason given. */
@Revision("1")
public record CompletionCorrected(
        PlanId planId,
        ElementKind kind,
        String elementId,
        StructureId structureId,
        Completion previous,
        Completion completion,
        String reason,
        Actor actor) implements MonitoringEvent {
}
