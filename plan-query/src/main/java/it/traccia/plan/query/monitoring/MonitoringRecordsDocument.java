package it.traccia.plan.query.monitoring;

import it.traccia.kernel.Actor;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.EvidenceId;
import it.traccia.kernel.monitoring.Measurement;
import it.traccia.kernel.monitoring.ProgressState;
import it.traccia.kernel.monitoring.event.CompletionCorrected;
import it.traccia.kernel.monitoring.event.EvidenceStored;
import it.traccia.kernel.monitoring.event.IndicatorValueRecorded;
import it.traccia.kernel.monitoring.event.MidYearCheckRecorded;
import it.traccia.kernel.monitoring.event.MonitoringEvent;
import it.traccia.kernel.monitoring.event.ObjectiveCompleted;
import it.traccia.kernel.monitoring.event.PhaseCompleted;
import it.traccia.kernel.monitoring.event.ProgressRecorded;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The monitoring records of one plan (registrazioni del monitoraggio), keyed by the plan's id: one {@link RecordNode}
 * per element and structure recording it, each with its completion in force, its last state of progress and its
 * history, the supporting documents stored, and each verifica intermedia with the records frozen as it saw them. Achievements are kept as their exact decimal text, days as ISO dates. Remembers the last event of the
 * monitoring's stream it applied, so that redelivery changes nothing.
 */
@Document(MonitoringRecordsDocument.COLLECTION)
public record MonitoringRecordsDocument(@Id String id, String organisationId, long lastSequence,
                                        List<RecordNode> records, List<EvidenceNode> evidence,
                                        List<MidYearCheckNode> midYearChecks) {

    public static final String COLLECTION = "monitoring_records";

    static MonitoringRecordsDocument opened(String planId, String organisationId) {
        return new MonitoringRecordsDocument(planId, organisationId, -1, List.of(), List.of(), List.of());
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    /** The records once the event is applied, with its sequence remembered. */
    MonitoringRecordsDocument applied(MonitoringEvent event, long sequence, Instant recordedAt) {
        List<RecordNode> changed = new ArrayList<>(records);
        String kind = event.kind().name();
        String structureId = event.structureId().value();
        int index = indexOf(kind, event.elementId(), structureId);
        RecordNode record = index < 0
                ? new RecordNode(kind, event.elementId(), structureId, null, null, List.of(), List.of())
                : changed.get(index);
        Actor actor = event.actor();
        RecordNode updated;
        if (event instanceof PhaseCompleted completed) {
            updated = record.completed(completion(completed.completion(), actor, recordedAt),
                    EntryNode.of("COMPLETED", completed.completion(), null, actor, recordedAt));
        } else if (event instanceof ObjectiveCompleted completed) {
            updated = record.completed(completion(completed.completion(), actor, recordedAt),
                    EntryNode.of("COMPLETED", completed.completion(), null, actor, recordedAt));
        } else if (event instanceof CompletionCorrected corrected) {
            updated = record.completed(completion(corrected.completion(), actor, recordedAt),
                    EntryNode.of("CORRECTED", corrected.completion(), corrected.reason(), actor, recordedAt));
        } else if (event instanceof ProgressRecorded recorded) {
            updated = record.progressed(progress(recorded.progress(), actor, recordedAt),
                    EntryNode.of(recorded.progress(), actor, recordedAt));
        } else if (event instanceof IndicatorValueRecorded measured) {
            Measurement measurement = measured.measurement();
            updated = record.measured(new ValueNode(measurement.value().toPlainString(), measurement.unit(),
                    iso(measurement.measuredOn()), measurement.source(), actor.userId(), actor.role().name(), recordedAt));
        } else {
            throw new IllegalArgumentException("A monitoring event this read model does not know: " + event);
        }
        if (index < 0) {
            changed.add(updated);
        } else {
            changed.set(index, updated);
        }
        return new MonitoringRecordsDocument(id, organisationId, sequence, changed, evidence, midYearChecks);
    }

    /** The records once the stored document is listed, with the event's sequence remembered. */
    MonitoringRecordsDocument stored(EvidenceStored event, long sequence, Instant storedAt) {
        List<EvidenceNode> longer = new ArrayList<>(evidence);
        longer.add(new EvidenceNode(event.evidenceId().value(), event.sha256(), event.size(), event.name(),
                event.contentType(), event.actor().userId(), event.actor().role().name(), storedAt));
        return new MonitoringRecordsDocument(id, organisationId, sequence, records, longer, midYearChecks);
    }

    /** The records once a verifica intermedia froze them: a copy of every record as it stands now. */
    MonitoringRecordsDocument checked(MidYearCheckRecorded event, long sequence, Instant recordedAt) {
        List<MidYearCheckNode> longer = new ArrayList<>(midYearChecks == null ? List.of() : midYearChecks);
        longer.add(new MidYearCheckNode(event.number(), event.version(), iso(event.asOf()), event.notes(),
                event.actor().userId(), event.actor().role().name(), recordedAt, List.copyOf(records),
                List.copyOf(evidence)));
        return new MonitoringRecordsDocument(id, organisationId, sequence, records, evidence, longer);
    }

    private int indexOf(String kind, String elementId, String structureId) {
        for (int index = 0; index < records.size(); index++) {
            RecordNode record = records.get(index);
            if (record.kind().equals(kind) && record.elementId().equals(elementId)
                    && record.structureId().equals(structureId)) {
                return index;
            }
        }
        return -1;
    }

    private static CompletionNode completion(Completion completion, Actor actor, Instant recordedAt) {
        return new CompletionNode(iso(completion.completedOn()), completion.achievement().toString(), completion.note(),
                completion.evidenceIds().stream().map(EvidenceId::value).toList(), actor.userId(), actor.role().name(),
                recordedAt);
    }

    private static ProgressNode progress(ProgressState progress, Actor actor, Instant recordedAt) {
        return new ProgressNode(iso(progress.asOf()), progress.achievement().toString(), progress.note(),
                actor.userId(), actor.role().name(), recordedAt);
    }

    private static String iso(LocalDate day) {
        return day.toString();
    }

    /** What one structure recorded of one element. */
    public record RecordNode(String kind, String elementId, String structureId, CompletionNode completion,
                             ProgressNode progress, List<EntryNode> history, List<ValueNode> values) {

        RecordNode completed(CompletionNode newCompletion, EntryNode entry) {
            return new RecordNode(kind, elementId, structureId, newCompletion, progress, plus(history, entry), values);
        }

        RecordNode progressed(ProgressNode newProgress, EntryNode entry) {
            return new RecordNode(kind, elementId, structureId, completion, newProgress, plus(history, entry), values);
        }

        RecordNode measured(ValueNode value) {
            return new RecordNode(kind, elementId, structureId, completion, progress, history,
                    plus(values == null ? List.of() : values, value));
        }

        private static <T> List<T> plus(List<T> list, T element) {
            List<T> longer = new ArrayList<>(list);
            longer.add(element);
            return longer;
        }
    }

    /** A value of the element's indicator as recorded, its number as exact decimal text. */
    public record ValueNode(String value, String unit, String measuredOn, String source, String recordedBy,
                            String role, Instant recordedAt) {
    }

    /** A verifica intermedia, with the records and documents as they stood when it was recorded. */
    public record MidYearCheckNode(int number, int version, String asOf, String notes, String recordedBy, String role,
                                   Instant recordedAt, List<RecordNode> records, List<EvidenceNode> evidence) {
    }

    /** A supporting document as stored. */
    public record EvidenceNode(String id, String sha256, long size, String name, String contentType, String storedBy,
                               String role, Instant storedAt) {
    }

    /** A completion as recorded. */
    public record CompletionNode(String completedOn, String achievement, String note, List<String> evidenceIds,
                                 String recordedBy, String role, Instant recordedAt) {
    }

    /** A state of progress as recorded. */
    public record ProgressNode(String asOf, String achievement, String note, String recordedBy, String role,
                               Instant recordedAt) {
    }

    /** One entry of an element's history: {@code COMPLETED}, {@code CORRECTED} or {@code PROGRESS}. */
    public record EntryNode(String action, String day, String achievement, String note, String reason,
                            String recordedBy, String role, Instant recordedAt) {

        static EntryNode of(String action, Completion completion, String reason, Actor actor, Instant at) {
            return new EntryNode(action, iso(completion.completedOn()), completion.achievement().toString(),
                    completion.note(), reason, actor.userId(), actor.role().name(), at);
        }

        static EntryNode of(ProgressState progress, Actor actor, Instant at) {
            return new EntryNode("PROGRESS", iso(progress.asOf()), progress.achievement().toString(), progress.note(),
                    null, actor.userId(), actor.role().name(), at);
        }
    }
}
