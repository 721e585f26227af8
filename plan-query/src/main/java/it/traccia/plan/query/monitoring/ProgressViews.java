package it.traccia.plan.query.monitoring;

import it.traccia.kernel.MeasurableTarget;
import it.traccia.kernel.Weight;
import it.traccia.kernel.achievement.Ratio;
import it.traccia.kernel.achievement.WeightedAchievement;
import it.traccia.kernel.achievement.WeightedAchievement.Part;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.query.ElementProgressView;
import it.traccia.kernel.monitoring.query.IndicatorValueView;
import it.traccia.kernel.monitoring.query.MonitoringRecordView;
import it.traccia.kernel.monitoring.query.MonitoringRecordsView;
import it.traccia.kernel.monitoring.query.ProgressView;
import it.traccia.kernel.monitoring.query.StructureProgressView;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StructureView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress of the plan in force (stato di avanzamento), a pure function of the version in force and the records:
 * every element of that version with what its structure recorded, and the weighted achievements so far computed by
 * {@link WeightedAchievement}, exact until each is shown to two decimals. Records of elements the version no longer has
 * (removed by a variation) are left out; elements the version added start with none.
 */
public final class ProgressViews {

    private final Map<String, MonitoringRecordView> records = new HashMap<>();

    private ProgressViews(MonitoringRecordsView monitoring) {
        for (MonitoringRecordView record : monitoring.records()) {
            records.put(keyOf(record.kind(), record.elementId(), record.structureId()), record);
        }
    }

    /**
     * The progress of the version in force; {@code current} (the plan as it stands) gives the structures' heads, who
     * change during the year, and may be the version itself.
     */
    public static ProgressView of(PlanView inForce, PlanView current, MonitoringRecordsView monitoring) {
        ProgressViews progress = new ProgressViews(monitoring);
        List<StructureProgressView> structures = new ArrayList<>();
        for (StructureView structure : inForce.structures()) {
            StructureView now = current.structures().stream().filter(each -> each.id().equals(structure.id()))
                    .findFirst().orElse(structure);
            Weighed own = progress.weighed(structure.objectives(), structure.id());
            Weighed common = progress.weighed(inForce.commonObjectives(), structure.id());
            structures.add(new StructureProgressView(structure.id(), structure.name(), now.head(), now.headUserId(),
                    own.elements(), own.achievement(), common.elements(), common.achievement()));
        }
        return new ProgressView(inForce.id(), inForce.organisationId(), inForce.organisation(), inForce.year(),
                inForce.version(), structures);
    }

    /** The objectives of one weight set as one structure carries them out, and their weighted achievement. */
    private Weighed weighed(List<ObjectiveView> objectives, String structureId) {
        List<ElementProgressView> elements = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (ObjectiveView objective : objectives) {
            Measured measured = objective.phases().isEmpty() ? phaseless(objective, structureId)
                    : withPhases(objective, structureId);
            elements.add(measured.element());
            measured.achievement().ifPresent(achievement ->
                    parts.add(Part.of(new Weight(objective.weight()), achievement)));
        }
        return new Weighed(elements, shown(WeightedAchievement.of(parts)));
    }

    private Measured phaseless(ObjectiveView objective, String structureId) {
        MonitoringRecordView record = records.get(keyOf(ElementKind.OBJECTIVE, objective.id(), structureId));
        Ratio achievement = recorded(record);
        return new Measured(element(ElementKind.OBJECTIVE, objective.id(), objective.number(), objective.description(),
                objective.weight(), objective.deadline(), objective.measurableTargets(), record, achievement.rounded(),
                List.of()), Optional.of(achievement));
    }

    private Measured withPhases(ObjectiveView objective, String structureId) {
        List<ElementProgressView> phases = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (PhaseView phase : objective.phases()) {
            MonitoringRecordView record = records.get(keyOf(ElementKind.PHASE, phase.id(), structureId));
            Ratio achievement = recorded(record);
            phases.add(element(ElementKind.PHASE, phase.id(), phase.number(), phase.description(), phase.weight(),
                    phase.deadline(), phase.measurableTargets(), record, achievement.rounded(), List.of()));
            parts.add(Part.of(new Weight(phase.weight()), achievement));
        }
        Optional<Ratio> achievement = WeightedAchievement.of(parts);
        MonitoringRecordView measured = records.get(keyOf(ElementKind.OBJECTIVE, objective.id(), structureId));
        return new Measured(element(ElementKind.OBJECTIVE, objective.id(), objective.number(), objective.description(),
                objective.weight(), objective.deadline(), objective.measurableTargets(), measured, shown(achievement),
                phases), achievement);
    }

    /** What a record says was achieved: the completion, else the last state of progress, else nothing yet (0). */
    private static Ratio recorded(MonitoringRecordView record) {
        if (record != null && record.completion() != null) {
            return Ratio.of(record.completion().achievement());
        }
        if (record != null && record.progress() != null) {
            return Ratio.of(record.progress().achievement());
        }
        return Ratio.ZERO;
    }

    private static ElementProgressView element(ElementKind kind, String id, String number, String description,
                                               BigDecimal weight, LocalDate deadline, List<MeasurableTarget> targets,
                                               MonitoringRecordView record, BigDecimal achievement,
                                               List<ElementProgressView> phases) {
        List<IndicatorValueView> values = record == null ? List.of() : record.indicatorValues().stream()
                .map(value -> value.judged(meets(value, targets))).toList();
        return new ElementProgressView(kind, id, number, description, weight, deadline,
                record == null ? null : record.completion(), record == null ? null : record.progress(),
                record == null ? List.of() : record.history(), values, achievement, phases);
    }

    /**
     * Whether a value meets every measurable target it can be compared with; {@code null} when it can be compared with
     * none (the element has none, or only targets in other units).
     */
    private static Boolean meets(IndicatorValueView value, List<MeasurableTarget> targets) {
        Boolean meets = null;
        for (MeasurableTarget target : targets == null ? List.<MeasurableTarget>of() : targets) {
            Optional<Boolean> met = target.metBy(value.value(), value.unit());
            if (met.isPresent()) {
                meets = (meets == null || meets) && met.get();
            }
        }
        return meets;
    }

    private static BigDecimal shown(Optional<Ratio> achievement) {
        return achievement.map(Ratio::rounded).orElse(null);
    }

    private static String keyOf(ElementKind kind, String elementId, String structureId) {
        return kind + "/" + elementId + "/" + structureId;
    }

    private record Weighed(List<ElementProgressView> elements, BigDecimal achievement) {
    }

    private record Measured(ElementProgressView element, Optional<Ratio> achievement) {
    }
}
