package it.traccia.kernel.monitoring;

import it.traccia.kernel.Achievement;

import java.time.LocalDate;
import java.util.List;

/**
 * The completion of a phase or objective as its structure records it (completamento): the day it was completed, the
 * share achieved, a note, and the supporting documents.
 */
public record Completion(LocalDate completedOn, Achievement achievement, String note, List<EvidenceId> evidenceIds) {

    public Completion {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
