package it.traccia.kernel.monitoring.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.ElementKind;

/**
 * A fact of monitoring (monitoraggio) about one element of the version in force, always saying who recorded it and
 * for which structure; when is the event's own timestamp. Sealed, so that every reader handles each kind.
 */
public sealed interface MonitoringEvent permits PhaseCompleted, ObjectiveCompleted, CompletionCorrected, ProgressRecorded,
        IndicatorValueRecorded {

    PlanId planId();

    ElementKind kind();

    String elementId();

    /** The structure the record is for: the element's own, or the one that recorded a common element for itself. */
    StructureId structureId();

    Actor actor();
}
