package it.traccia.plan.query.audit;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.CommonStrategicContextSet;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.ObjectiveRevised;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.plan.event.PhaseRevised;
import it.traccia.kernel.plan.event.PhaseWeightChanged;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.plan.query.subject.Subjects;

import java.time.LocalDate;
import java.util.List;

/**
 * Tells what each plan event did (descrizioni dello storico), reading the labels and former values from the plan's audit
 * state and bringing that state up to date. An event type it does not know yet is told against the plan, without changes.
 */
final class AuditDescriptions {

    private AuditDescriptions() {
    }

    static AuditDescription describe(PlanEvent event, AuditPlanStateDocument state) {
        if (event instanceof PlanDefined defined) {
            return planDefined(defined, state);
        }
        if (event instanceof PlanImported imported) {
            return planImported(imported, state);
        }
        if (event instanceof StructureAdded added) {
            return structureAdded(added, state);
        }
        if (event instanceof StrategicContextSet context) {
            return strategicContextSet(context, state);
        }
        if (event instanceof CommonStrategicContextSet context) {
            return commonStrategicContextSet(context, state);
        }
        if (event instanceof ObjectiveDefined defined) {
            String structureLabel = state.elementOrUnknown(TrackedKind.STRUCTURE, defined.structureId().value(), null, null).label();
            return objectiveDefined(state, defined.structureId().value(), defined.objectiveId().value(),
                    Subjects.objective(structureLabel, defined.number()), defined.number(), defined.kind(),
                    defined.description(), defined.weight(), defined.indicators(), defined.targets(), defined.deadline());
        }
        if (event instanceof CommonObjectiveDefined defined) {
            return objectiveDefined(state, null, defined.objectiveId().value(), Subjects.commonObjective(defined.number()),
                    defined.number(), defined.kind(), defined.description(), defined.weight(), defined.indicators(),
                    defined.targets(), defined.deadline());
        }
        if (event instanceof ObjectiveRevised revised) {
            return objectiveRevised(revised, state);
        }
        if (event instanceof ObjectiveWeightChanged changed) {
            return objectiveWeightChanged(changed, state);
        }
        if (event instanceof ObjectiveRemoved removed) {
            return objectiveRemoved(removed, state);
        }
        if (event instanceof PhaseDefined defined) {
            return phaseDefined(defined, state);
        }
        if (event instanceof PhaseRevised revised) {
            return phaseRevised(revised, state);
        }
        if (event instanceof PhaseWeightChanged changed) {
            return phaseWeightChanged(changed, state);
        }
        if (event instanceof PhaseRemoved removed) {
            return phaseRemoved(removed, state);
        }
        return new AuditDescription(state.planLabel(), null, null, null, List.of(), null);
    }

    private static AuditDescription planDefined(PlanDefined event, AuditPlanStateDocument state) {
        TrackedElement plan = state.track(TrackedKind.PLAN, event.planId().value(), null, null,
                Subjects.plan(event.year(), event.firstYear(), event.lastYear()));
        List<AuditEntryDocument.Change> changes = FieldChanges.of(plan)
                .set("organisation", event.organisation())
                .set("province", event.province())
                .set("firstYear", String.valueOf(event.firstYear()))
                .set("lastYear", String.valueOf(event.lastYear()))
                .set("year", String.valueOf(event.year()))
                .list();
        return new AuditDescription(plan.label(), null, null, null, changes, null);
    }

    /**
     * The import of the plan from a document (importazione da file): which file, by its SHA-256, and how many findings
     * (rilievi d'importazione) its reading produced; the reason says who imported it from which file.
     */
    private static AuditDescription planImported(PlanImported event, AuditPlanStateDocument state) {
        String planId = event.planId().value();
        TrackedElement plan = state.elementOrUnknown(TrackedKind.PLAN, planId, null, null);
        ImportSource source = event.source();
        String fileName = source == null ? null : source.fileName();
        String sha256 = source == null ? null : source.sha256();
        int findings = event.findings() == null ? 0 : event.findings().size();
        List<AuditEntryDocument.Change> changes = FieldChanges.of(plan)
                .set("source", fileName + " (SHA-256 " + sha256 + ")")
                .set("findings", String.valueOf(findings))
                .list();
        String reason = "Importato da " + event.actor().userId() + " dal file " + fileName + ", SHA-256 " + sha256;
        return new AuditDescription(plan.label(), null, null, null, changes, reason);
    }

    private static AuditDescription structureAdded(StructureAdded event, AuditPlanStateDocument state) {
        String structureId = event.structureId().value();
        TrackedElement structure = state.track(TrackedKind.STRUCTURE, structureId, structureId, null,
                Subjects.structure(event.name()));
        List<AuditEntryDocument.Change> changes = FieldChanges.of(structure)
                .set("name", event.name())
                .set("head", event.head())
                .set("headTitle", event.headTitle())
                .list();
        return new AuditDescription(structure.label(), structureId, null, null, changes, null);
    }

    private static AuditDescription strategicContextSet(StrategicContextSet event, AuditPlanStateDocument state) {
        String structureId = event.structureId().value();
        TrackedElement structure = state.elementOrUnknown(TrackedKind.STRUCTURE, structureId, structureId, null);
        List<AuditEntryDocument.Change> changes = FieldChanges.of(structure)
                .set("strategicLine", event.strategicLine())
                .set("strategicObjective", event.strategicObjective())
                .set("missionCode", text(event.missionCode()))
                .set("operationalObjective", event.operationalObjective())
                .list();
        return new AuditDescription(structure.label(), structureId, null, null, changes, null);
    }

    /** The strategic context of the common objectives, told against "Obiettivi comuni" like a structure's own. */
    private static AuditDescription commonStrategicContextSet(CommonStrategicContextSet event, AuditPlanStateDocument state) {
        String planId = event.planId().value();
        TrackedElement common = state.element(TrackedKind.COMMON_OBJECTIVES, planId).orElseGet(() ->
                state.track(TrackedKind.COMMON_OBJECTIVES, planId, null, null, Subjects.COMMON_OBJECTIVES));
        List<AuditEntryDocument.Change> changes = FieldChanges.of(common)
                .set("strategicLine", event.strategicLine())
                .set("strategicObjective", event.strategicObjective())
                .set("missionCode", text(event.missionCode()))
                .set("operationalObjective", event.operationalObjective())
                .list();
        return new AuditDescription(common.label(), null, null, null, changes, null);
    }

    private static AuditDescription objectiveDefined(AuditPlanStateDocument state, String structureId, String objectiveId,
                                                     String label, String number, ObjectiveKind kind, String description,
                                                     Weight weight, String indicators, String targets, LocalDate deadline) {
        TrackedElement objective = state.track(TrackedKind.OBJECTIVE, objectiveId, structureId, objectiveId, label);
        List<AuditEntryDocument.Change> changes = FieldChanges.of(objective)
                .set("number", number)
                .set("kind", text(kind))
                .set("description", description)
                .set("weight", text(weight))
                .set("indicators", indicators)
                .set("targets", targets)
                .set("deadline", text(deadline))
                .list();
        return new AuditDescription(label, structureId, objectiveId, null, changes, null);
    }

    private static AuditDescription objectiveRevised(ObjectiveRevised event, AuditPlanStateDocument state) {
        TrackedElement objective = objective(state, event.objectiveId().value());
        List<AuditEntryDocument.Change> changes = FieldChanges.of(objective)
                .set("kind", text(event.kind()))
                .set("description", event.description())
                .set("indicators", event.indicators())
                .set("targets", event.targets())
                .set("deadline", text(event.deadline()))
                .list();
        return about(objective, changes, event.reason());
    }

    private static AuditDescription objectiveWeightChanged(ObjectiveWeightChanged event, AuditPlanStateDocument state) {
        TrackedElement objective = objective(state, event.objectiveId().value());
        List<AuditEntryDocument.Change> changes = FieldChanges.of(objective)
                .set("weight", text(event.previousWeight()), text(event.weight()))
                .list();
        return about(objective, changes, event.reason());
    }

    private static AuditDescription objectiveRemoved(ObjectiveRemoved event, AuditPlanStateDocument state) {
        TrackedElement objective = objective(state, event.objectiveId().value());
        state.forgetPhasesOf(objective.id());
        state.forget(TrackedKind.OBJECTIVE, objective.id());
        return about(objective, List.of(), event.reason());
    }

    private static AuditDescription phaseDefined(PhaseDefined event, AuditPlanStateDocument state) {
        TrackedElement objective = objective(state, event.objectiveId().value());
        TrackedElement phase = state.track(TrackedKind.PHASE, event.phaseId().value(), objective.structureId(),
                objective.id(), Subjects.phase(objective.label(), event.number()));
        List<AuditEntryDocument.Change> changes = FieldChanges.of(phase)
                .set("number", event.number())
                .set("description", event.description())
                .set("weight", text(event.weight()))
                .set("indicator", event.indicator())
                .set("target", event.target())
                .set("deadline", text(event.deadline()))
                .list();
        return about(phase, changes, null);
    }

    private static AuditDescription phaseRevised(PhaseRevised event, AuditPlanStateDocument state) {
        TrackedElement phase = phase(state, event.objectiveId().value(), event.phaseId().value());
        List<AuditEntryDocument.Change> changes = FieldChanges.of(phase)
                .set("description", event.description())
                .set("indicator", event.indicator())
                .set("target", event.target())
                .set("deadline", text(event.deadline()))
                .list();
        return about(phase, changes, event.reason());
    }

    private static AuditDescription phaseWeightChanged(PhaseWeightChanged event, AuditPlanStateDocument state) {
        TrackedElement phase = phase(state, event.objectiveId().value(), event.phaseId().value());
        List<AuditEntryDocument.Change> changes = FieldChanges.of(phase)
                .set("weight", text(event.previousWeight()), text(event.weight()))
                .list();
        return about(phase, changes, event.reason());
    }

    private static AuditDescription phaseRemoved(PhaseRemoved event, AuditPlanStateDocument state) {
        TrackedElement phase = phase(state, event.objectiveId().value(), event.phaseId().value());
        state.forget(TrackedKind.PHASE, phase.id());
        return about(phase, List.of(), event.reason());
    }

    private static TrackedElement objective(AuditPlanStateDocument state, String objectiveId) {
        return state.elementOrUnknown(TrackedKind.OBJECTIVE, objectiveId, null, objectiveId);
    }

    private static TrackedElement phase(AuditPlanStateDocument state, String objectiveId, String phaseId) {
        return state.element(TrackedKind.PHASE, phaseId).orElseGet(() -> state.track(TrackedKind.PHASE, phaseId,
                objective(state, objectiveId).structureId(), objectiveId, phaseId));
    }

    private static AuditDescription about(TrackedElement element, List<AuditEntryDocument.Change> changes, String reason) {
        String phaseId = element.kind() == TrackedKind.PHASE ? element.id() : null;
        return new AuditDescription(element.label(), element.structureId(), element.objectiveId(), phaseId, changes, reason);
    }

    private static String text(Weight weight) {
        return weight == null ? null : weight.value().toPlainString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(MissionCode mission) {
        return mission == null ? null : mission.value();
    }
}
