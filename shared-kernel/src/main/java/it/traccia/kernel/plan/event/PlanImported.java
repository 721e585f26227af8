package it.traccia.kernel.plan.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportSource;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The plan was imported from a document (importato da file), with the findings its reading produced. */
@Revision("1")
public record PlanImported(
        PlanId planId,
        ImportSource source,
        List<ImportFinding> findings,
        Actor actor) implements PlanEvent {
}
