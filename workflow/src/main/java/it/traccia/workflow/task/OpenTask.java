package it.traccia.workflow.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open task of the Giunta (attività aperta) on one plan version: its name, when it was created and, for the
 * approval of version 1, the legal deadline it is due by (else {@code null}).
 */
public record OpenTask(String id, String name, String planId, int version, Instant created, LocalDate due) {
}
