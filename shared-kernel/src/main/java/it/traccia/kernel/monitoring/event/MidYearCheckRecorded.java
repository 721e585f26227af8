package it.traccia.kernel.monitoring.event;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The Segretario recorded verifica intermedia number {@code number} of version {@code version} in force, as of a day,
 * with notes: the monitoring's records up to this event are its frozen picture of progress.
 */
@Revision("1")
public record MidYearCheckRecorded(PlanId planId, int number, int version, LocalDate asOf, String notes, Actor actor) {
}
