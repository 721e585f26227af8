package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A completion in force (completamento): the day, the share achieved, the note, the documents, who recorded it, when. */
public record CompletionView(LocalDate completedOn, BigDecimal achievement, String note, List<String> evidenceIds,
                             String recordedBy, Role role, Instant recordedAt) {

    public CompletionView {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
