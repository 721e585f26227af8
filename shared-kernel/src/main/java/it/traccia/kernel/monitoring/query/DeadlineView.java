package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.monitoring.ElementKind;

import java.time.LocalDate;

/**
 * One element of the version in force with its deadline (scadenza), as one structure carries it out: where it stands
 * on the day asked, and when it was completed if it was.
 */
public record DeadlineView(String planId, String organisation, int year, String structureId, String structure,
                           String headUserId, ElementKind kind, String elementId, String number, String description,
                           boolean common, LocalDate deadline, DeadlineStatus status, LocalDate completedOn) {
}
