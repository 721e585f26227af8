package it.traccia.plan.query.audit;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.event.ApprovalDeadlineMissed;
import it.traccia.kernel.plan.event.ApprovalDeadlineNear;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.CommonStrategicContextSet;
import it.traccia.kernel.plan.event.ImportFindingResolved;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.ObjectiveRevised;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.plan.event.PhaseRevised;
import it.traccia.kernel.plan.event.PhaseWeightChanged;
import it.traccia.kernel.plan.event.PlanAdopted;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.event.PlanReturned;
import it.traccia.kernel.plan.event.PlanSubmitted;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.plan.event.StructureRemoved;
import it.traccia.kernel.plan.event.VariationOpened;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.query.ApprovalDeadlineView.DeadlineState;
import it.traccia.plan.query.subject.Subjects;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tells what each plan event did (descrizioni dello storico), reading the labels and former values from the plan's audit
 * state and bringing that state up to date. The steps of the plan's cycle (trasmissione, restituzione, adozione,
 * variazione, termine di approvazione) change the plan's {@code status}, {@code version}, delibera and deadline fields and
 * carry a sentence; a resolved import finding is told against the finding. An event type it does not know yet is told
 * against the plan, without changes.
 */
final class AuditDescriptions {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    /** The plan's fields that belong to one version and are forgotten when a variation opens the next. */
    private static final List<String> FIELDS_OF_A_VERSION =
            List.of("resolutionNumber", "resolutionDate", "approvalDeadline", "approvalDeadlineState");

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
        if (event instanceof StructureRemoved removed) {
            return structureRemoved(removed, state);
        }
        if (event instanceof StructureHeadAssigned assigned) {
            return structureHeadAssigned(assigned, state);
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
        if (event instanceof PlanSubmitted submitted) {
            return planSubmitted(submitted, state);
        }
        if (event instanceof PlanReturned returned) {
            return planReturned(returned, state);
        }
        if (event instanceof PlanAdopted adopted) {
            return planAdopted(adopted, state);
        }
        if (event instanceof VariationOpened opened) {
            return variationOpened(opened, state);
        }
        if (event instanceof ApprovalDeadlineNear near) {
            return approvalDeadline(plan(state, near), near.deadline(), DeadlineState.NEAR,
                    "Termine di approvazione (" + italian(near.deadline()) + ") vicino");
        }
        if (event instanceof ApprovalDeadlineMissed missed) {
            return approvalDeadline(plan(state, missed), missed.deadline(), DeadlineState.MISSED,
                    "Termine di approvazione (" + italian(missed.deadline()) + ") scaduto senza adozione");
        }
        if (event instanceof ImportFindingResolved resolved) {
            return importFindingResolved(resolved, state);
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
        state.forgetAll(TrackedKind.IMPORT_FINDING);
        return new AuditDescription(plan.label(), null, null, null, changes, reason);
    }

    /** The draft sent to the Giunta (trasmissione): status from DRAFT to SUBMITTED. */
    private static AuditDescription planSubmitted(PlanSubmitted event, AuditPlanStateDocument state) {
        TrackedElement plan = plan(state, event);
        List<AuditEntryDocument.Change> changes = FieldChanges.of(plan)
                .set("status", status(plan), PlanStatus.SUBMITTED.name())
                .list();
        return new AuditDescription(plan.label(), null, null, null, changes, null, "Trasmesso alla Giunta");
    }

    /** The plan returned by the Giunta (restituzione): back to DRAFT, the remarks (osservazioni) as the reason. */
    private static AuditDescription planReturned(PlanReturned event, AuditPlanStateDocument state) {
        TrackedElement plan = plan(state, event);
        List<AuditEntryDocument.Change> changes = FieldChanges.of(plan)
                .set("status", status(plan), PlanStatus.DRAFT.name())
                .list();
        return new AuditDescription(plan.label(), null, null, null, changes, event.remarks(),
                "Restituito dalla Giunta con osservazioni");
    }

    /** The version adopted by the Giunta (adozione): status ADOPTED, with the delibera's number and date. */
    private static AuditDescription planAdopted(PlanAdopted event, AuditPlanStateDocument state) {
        TrackedElement plan = plan(state, event);
        List<AuditEntryDocument.Change> changes = FieldChanges.of(plan)
                .set("status", status(plan), PlanStatus.ADOPTED.name())
                .set("resolutionNumber", event.resolutionNumber())
                .set("resolutionDate", text(event.resolutionDate()))
                .list();
        return new AuditDescription(plan.label(), null, null, null, changes, null,
                "Adottato con delibera n. " + event.resolutionNumber() + " del " + italian(event.resolutionDate()));
    }

    /**
     * A variation (variazione) opened: the draft of the next version, its reason as the reason. The delibera and deadline
     * of the adopted version are forgotten, unrecorded, so that the next version's are told from nothing.
     */
    private static AuditDescription variationOpened(VariationOpened event, AuditPlanStateDocument state) {
        TrackedElement plan = plan(state, event);
        plan.values().keySet().removeAll(FIELDS_OF_A_VERSION);
        List<AuditEntryDocument.Change> changes = FieldChanges.of(plan)
                .set("status", status(plan), PlanStatus.DRAFT.name())
                .set("version", String.valueOf(event.previousVersion()), String.valueOf(event.version()))
                .list();
        return new AuditDescription(plan.label(), null, null, null, changes, event.reason(),
                "Aperta la variazione: versione " + event.version());
    }

    /** A warning about the legal deadline for adopting the plan (termine di approvazione): its date and state. */
    private static AuditDescription approvalDeadline(TrackedElement plan, LocalDate deadline, DeadlineState deadlineState,
                                                     String description) {
        List<AuditEntryDocument.Change> changes = FieldChanges.of(plan)
                .set("approvalDeadline", text(deadline))
                .set("approvalDeadlineState", deadlineState.name())
                .list();
        return new AuditDescription(plan.label(), null, null, null, changes, null, description);
    }

    /** A finding of the import marked resolved (rilievo risolto), told against the finding, its note as the reason. */
    private static AuditDescription importFindingResolved(ImportFindingResolved event, AuditPlanStateDocument state) {
        String number = String.valueOf(event.findingNumber());
        TrackedElement finding = state.element(TrackedKind.IMPORT_FINDING, number).orElseGet(() ->
                state.track(TrackedKind.IMPORT_FINDING, number, null, null, Subjects.importFinding(event.findingNumber())));
        List<AuditEntryDocument.Change> changes = FieldChanges.of(finding)
                .set("status", finding.values().getOrDefault("status", "UNRESOLVED"), "RESOLVED")
                .list();
        return new AuditDescription(finding.label(), null, null, null, changes, event.note(),
                "Rilievo di importazione n. " + number + " (" + event.code() + ") risolto");
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

    /** A user named head of a structure (responsabile), with the name and title the plan prints, and why. */
    private static AuditDescription structureRemoved(StructureRemoved event, AuditPlanStateDocument state) {
        String structureId = event.structureId().value();
        TrackedElement structure = state.elementOrUnknown(TrackedKind.STRUCTURE, structureId, structureId, null);
        state.forgetStructure(structureId);
        return new AuditDescription(structure.label(), structureId, null, null, List.of(), event.reason());
    }

    private static AuditDescription structureHeadAssigned(StructureHeadAssigned event, AuditPlanStateDocument state) {
        String structureId = event.structureId().value();
        TrackedElement structure = state.elementOrUnknown(TrackedKind.STRUCTURE, structureId, structureId, null);
        List<AuditEntryDocument.Change> changes = FieldChanges.of(structure)
                .set("headUserId", event.userId())
                .set("head", event.name())
                .set("headTitle", event.title())
                .list();
        return new AuditDescription(structure.label(), structureId, null, null, changes, event.reason(),
                "Responsabile della struttura: " + event.name() + " (utente " + event.userId() + ")");
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

    private static TrackedElement plan(AuditPlanStateDocument state, PlanEvent event) {
        return state.elementOrUnknown(TrackedKind.PLAN, event.planId().value(), null, null);
    }

    /** The plan's status as the trail last told it; a plan is a draft until an event says otherwise. */
    private static String status(TrackedElement plan) {
        return plan.values().getOrDefault("status", PlanStatus.DRAFT.name());
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

    /** A date in a sentence as Italian users write it, e.g. 31.01.2026. */
    private static String italian(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }
}
