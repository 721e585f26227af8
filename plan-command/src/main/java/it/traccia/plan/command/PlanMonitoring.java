package it.traccia.plan.command;

import it.traccia.kernel.PhaseId;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.EvidenceId;
import it.traccia.kernel.monitoring.Measurement;
import it.traccia.kernel.monitoring.MonitoringId;
import it.traccia.kernel.monitoring.ProgressState;
import it.traccia.kernel.monitoring.command.CompleteObjective;
import it.traccia.kernel.monitoring.command.CompletePhase;
import it.traccia.kernel.monitoring.command.CorrectCompletion;
import it.traccia.kernel.monitoring.command.MonitoringCommand;
import it.traccia.kernel.monitoring.command.RecordIndicatorValue;
import it.traccia.kernel.monitoring.command.RecordMidYearCheck;
import it.traccia.kernel.monitoring.command.RecordProgress;
import it.traccia.kernel.monitoring.command.StoreEvidence;
import it.traccia.kernel.monitoring.event.CompletionCorrected;
import it.traccia.kernel.monitoring.event.EvidenceStored;
import it.traccia.kernel.monitoring.event.IndicatorValueRecorded;
import it.traccia.kernel.monitoring.event.MidYearCheckRecorded;
import it.traccia.kernel.monitoring.event.MonitoringEvent;
import it.traccia.kernel.monitoring.event.ObjectiveCompleted;
import it.traccia.kernel.monitoring.event.PhaseCompleted;
import it.traccia.kernel.monitoring.event.ProgressRecorded;
import it.traccia.kernel.organisation.Memberships;
import it.traccia.kernel.rule.AlreadyCompleted;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.EvidenceTooLarge;
import it.traccia.kernel.rule.InvalidDigest;
import it.traccia.kernel.rule.NotCompleted;
import it.traccia.kernel.rule.TooManyEvidence;
import it.traccia.kernel.rule.UnknownEvidence;
import it.traccia.plan.command.VersionInForce.RecordedElement;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static it.traccia.plan.command.Fields.LONG_TEXT;
import static it.traccia.plan.command.Fields.SHORT_TEXT;
import static it.traccia.plan.command.Fields.optionalText;
import static it.traccia.plan.command.Fields.required;
import static it.traccia.plan.command.Fields.requiredReason;
import static it.traccia.plan.command.Fields.requiredText;

/**
 * The monitoring of one plan (monitoraggio del piano), its own consistency boundary beside the {@link Plan}: the
 * completions, their corrections and the states of progress that the structures record on the version in force
 * during the year, the values of the indicators they measure, the supporting documents they cite, and the Segretario's
 * verifiche intermedie. It never changes what the Giunta adopted; which element a record concerns and who may record it
 * are asked of the plan's version in force ({@link PlansInForce}) on every command. Created by its first record.
 */
public class PlanMonitoring {

    /** The most supporting documents one completion cites. */
    static final int MAX_EVIDENCE = 50;
    /** The largest supporting document Traccia keeps: 20 MiB. */
    public static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private MonitoringId monitoringId;
    /** The completion in force of each element, per structure recording it ({@link #keyOf}). */
    private final Map<String, Completion> completions = new HashMap<>();
    /** The supporting documents stored, which completions may cite. */
    private final Set<EvidenceId> evidence = new HashSet<>();
    private int midYearChecks;

    /** For Axon, which rebuilds the monitoring from its events. */
    PlanMonitoring() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CompletePhase command, PlansInForce plans, Memberships memberships, Clock clock) {
        VersionInForce plan = plans.of(required("planId", command.planId()));
        RecordedElement element = elementOf(plan, command, memberships);
        Completion completion = checked(plan, command.completion(), clock);
        requireNotCompleted(element);
        record(plan, new PhaseCompleted(plan.planId(), plan.version(), element.objectiveId(),
                new PhaseId(element.elementId()), element.structureId(), completion, command.actor()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CompleteObjective command, PlansInForce plans, Memberships memberships, Clock clock) {
        VersionInForce plan = plans.of(required("planId", command.planId()));
        RecordedElement element = elementOf(plan, command, memberships);
        Completion completion = checked(plan, command.completion(), clock);
        requireNotCompleted(element);
        record(plan, new ObjectiveCompleted(plan.planId(), plan.version(), new ObjectiveId(element.elementId()),
                element.structureId(), completion, command.actor()));
    }

    /** Corrects a recorded completion, saying why; the same values again record nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectCompletion command, PlansInForce plans, Memberships memberships, Clock clock) {
        VersionInForce plan = plans.of(required("planId", command.planId()));
        RecordedElement element = elementOf(plan, command, memberships);
        Completion completion = checked(plan, command.completion(), clock);
        requiredReason("reason", command.reason());
        Completion previous = completions.get(keyOf(element));
        if (previous == null) {
            throw new NotCompleted(element.number());
        }
        if (sameCompletion(previous, completion)) {
            return;
        }
        record(plan, new CompletionCorrected(plan.planId(), element.kind(), element.elementId(), element.structureId(),
                previous, completion, command.reason(), command.actor()));
    }

    /** Records how far an element not completed yet has come; once completed, a correction is the way. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordProgress command, PlansInForce plans, Memberships memberships, Clock clock) {
        VersionInForce plan = plans.of(required("planId", command.planId()));
        RecordedElement element = elementOf(plan, command, memberships);
        ProgressState progress = required("progress", command.progress());
        plan.requireMonitoringDate("asOf", progress.asOf(), today(clock));
        required("achievement", progress.achievement());
        optionalText("note", progress.note(), LONG_TEXT);
        requireNotCompleted(element);
        record(plan, new ProgressRecorded(plan.planId(), element.kind(), element.elementId(), element.structureId(),
                progress, command.actor()));
    }

    /** Records a value of an objective's or phase's indicator, measured on a day of the triennio not after today. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordIndicatorValue command, PlansInForce plans, Memberships memberships, Clock clock) {
        VersionInForce plan = plans.of(required("planId", command.planId()));
        RecordedElement element = plan.measured(command.elementId(), command.structureId(),
                required("actor", command.actor()), memberships);
        Measurement measurement = required("measurement", command.measurement());
        required("value", measurement.value());
        optionalText("unit", measurement.unit(), SHORT_TEXT);
        plan.requireMonitoringDate("measuredOn", measurement.measuredOn(), today(clock));
        optionalText("source", measurement.source(), LONG_TEXT);
        record(plan, new IndicatorValueRecorded(plan.planId(), element.kind(), element.elementId(),
                element.structureId(), measurement, command.actor()));
    }

    /** Records a verifica intermedia, numbered from 1 (the answer): the Segretario's look at the progress as of a day. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(RecordMidYearCheck command, PlansInForce plans, Memberships memberships, Clock clock) {
        VersionInForce plan = plans.of(required("planId", command.planId()));
        plan.requireSegretario(required("actor", command.actor()), memberships);
        plan.requireMonitoringDate("asOf", command.asOf(), today(clock));
        optionalText("notes", command.notes(), LONG_TEXT);
        int number = midYearChecks + 1;
        record(plan, new MidYearCheckRecorded(plan.planId(), number, plan.version(), command.asOf(), command.notes(),
                command.actor()));
        return number;
    }

    @EventSourcingHandler
    void on(MidYearCheckRecorded event) {
        monitoringId = MonitoringId.of(event.planId());
        midYearChecks = event.number();
    }

    /** Records a supporting document whose bytes the evidence store already keeps under their SHA-256. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StoreEvidence command, PlansInForce plans, Memberships memberships) {
        VersionInForce plan = plans.of(required("planId", command.planId()));
        plan.requireRecorder(required("actor", command.actor()), memberships);
        EvidenceId id = required("evidenceId", command.evidenceId());
        if (evidence.contains(id)) {
            throw new DuplicateId("evidenceId", id.value());
        }
        if (command.sha256() == null || !SHA_256.matcher(command.sha256()).matches()) {
            throw new InvalidDigest("sha256", command.sha256());
        }
        if (command.size() <= 0 || command.size() > MAX_EVIDENCE_BYTES) {
            throw new EvidenceTooLarge(command.size(), MAX_EVIDENCE_BYTES);
        }
        requiredText("name", command.name(), SHORT_TEXT);
        requiredText("contentType", command.contentType(), SHORT_TEXT);
        record(plan, new EvidenceStored(plan.planId(), id, command.sha256(), command.size(), command.name(),
                command.contentType(), command.actor()));
    }

    @EventSourcingHandler
    void on(EvidenceStored event) {
        monitoringId = MonitoringId.of(event.planId());
        evidence.add(event.evidenceId());
    }

    @EventSourcingHandler
    void on(PhaseCompleted event) {
        completed(event, event.completion());
    }

    @EventSourcingHandler
    void on(ObjectiveCompleted event) {
        completed(event, event.completion());
    }

    @EventSourcingHandler
    void on(CompletionCorrected event) {
        completed(event, event.completion());
    }

    @EventSourcingHandler
    void on(ProgressRecorded event) {
        monitoringId = MonitoringId.of(event.planId());
    }

    @EventSourcingHandler
    void on(IndicatorValueRecorded event) {
        monitoringId = MonitoringId.of(event.planId());
    }

    private void completed(MonitoringEvent event, Completion completion) {
        monitoringId = MonitoringId.of(event.planId());
        completions.put(keyOf(event.kind(), event.elementId(), event.structureId().value()), completion);
    }

    private static RecordedElement elementOf(VersionInForce plan, MonitoringCommand command, Memberships memberships) {
        return plan.element(command.kind(), command.elementId(), command.structureId(), required("actor", command.actor()),
                memberships);
    }

    /** A completion's fields: its day in the triennio and not after today, its achievement, note and documents. */
    private Completion checked(VersionInForce plan, Completion completion, Clock clock) {
        required("completion", completion);
        plan.requireMonitoringDate("completedOn", completion.completedOn(), today(clock));
        required("achievement", completion.achievement());
        optionalText("note", completion.note(), LONG_TEXT);
        List<EvidenceId> cited = completion.evidenceIds();
        if (cited.size() > MAX_EVIDENCE) {
            throw new TooManyEvidence("evidenceIds", cited.size(), MAX_EVIDENCE);
        }
        for (EvidenceId id : cited) {
            if (!evidence.contains(required("evidenceIds", id))) {
                throw new UnknownEvidence("evidenceIds", id.value());
            }
        }
        return completion;
    }

    private void requireNotCompleted(RecordedElement element) {
        Completion done = completions.get(keyOf(element));
        if (done != null) {
            throw new AlreadyCompleted(element.number(), done.completedOn());
        }
    }

    private static boolean sameCompletion(Completion one, Completion other) {
        return one.completedOn().equals(other.completedOn()) && one.achievement().equals(other.achievement())
                && Objects.equals(one.note(), other.note()) && one.evidenceIds().equals(other.evidenceIds());
    }

    private static String keyOf(RecordedElement element) {
        return keyOf(element.kind(), element.elementId(), element.structureId().value());
    }

    private static String keyOf(ElementKind kind, String elementId, String structureId) {
        return kind + "/" + elementId + "/" + structureId;
    }

    private static void record(VersionInForce plan, Object event) {
        AggregateLifecycle.apply(event, Plan.metaDataOf(plan.organisationId(), plan.organisation()));
    }

    /** Today's date for the clock Traccia runs on; monitoring never reads the system time itself. */
    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
