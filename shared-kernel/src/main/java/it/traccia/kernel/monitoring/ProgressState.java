package it.traccia.kernel.monitoring;

import it.traccia.kernel.Achievement;

import java.time.LocalDate;

/** A state of progress (stato di avanzamento) before completion: the share achieved as of a day, with a note. */
public record ProgressState(LocalDate asOf, Achievement achievement, String note) {
}
