package it.traccia.plan.command;

import static it.traccia.plan.command.Fields.LONG_TEXT;
import static it.traccia.plan.command.Fields.REASON;
import static it.traccia.plan.command.Fields.SHORT_TEXT;
import static it.traccia.plan.command.Fields.optionalText;
import static it.traccia.plan.command.Fields.required;
import static it.traccia.plan.command.Fields.requiredReason;
import static it.traccia.plan.command.Fields.requiredText;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.UserIds;
import it.traccia.kernel.Weight;
import it.traccia.kernel.organisation.Memberships;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.AssignStructureHead;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.DefinePlan;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.command.OpenVariation;
import it.traccia.kernel.plan.command.RecordApprovalDeadlineMissed;
import it.traccia.kernel.plan.command.RecordApprovalDeadlineNear;
import it.traccia.kernel.plan.command.RecordGiuntaApproval;
import it.traccia.kernel.plan.command.RecordGiuntaReturn;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.command.RemovePhase;
import it.traccia.kernel.plan.command.RemoveStructure;
import it.traccia.kernel.plan.command.ResolveImportFinding;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.command.RevisionedCommand;
import it.traccia.kernel.plan.command.SetCommonStrategicContext;
import it.traccia.kernel.plan.command.SetStrategicContext;
import it.traccia.kernel.plan.command.SubmissionCheck;
import it.traccia.kernel.plan.command.SubmitPlan;
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
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.DuplicateNumber;
import it.traccia.kernel.rule.DuplicateStructure;
import it.traccia.kernel.rule.HeadNotResponsabile;
import it.traccia.kernel.rule.PhaseNumberOutsideObjective;
import it.traccia.kernel.rule.PlanNotAdopted;
import it.traccia.kernel.rule.PlanNotInDraft;
import it.traccia.kernel.rule.PlanNotSubmitted;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.StaleRevision;
import it.traccia.kernel.rule.StaleVersion;
import it.traccia.kernel.rule.UnknownFinding;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownPhase;
import it.traccia.kernel.rule.UnknownStructure;
import it.traccia.kernel.rule.Violation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan (Piano degli obiettivi e della performance) of one organisation for one year: its structures, their
 * objectives and phases, and the common objectives, and its way to adoption (bozza, trasmesso alla Giunta, adottato,
 * variazione) version by version. Event-sourced; it refuses every command that breaks a rule. Who may act is asked
 * of the organisation's memberships on every command ({@link EditingRights}).
 */
public class Plan {

    private static final int FIRST_VERSION = 1;

    @AggregateIdentifier
    private PlanId planId;
    private OrganisationId organisationId;
    private String organisation;
    private Triennio triennio;
    private EditingRights rights;
    private PlanStatus status;
    /** The version the plan is at: 1 from its definition, one more with each variation. */
    private int version;
    private ImportFindings importFindings = ImportFindings.NONE;
    private DeadlineWarnings deadlineWarnings = DeadlineWarnings.NONE;
    private StrategicContext commonContext;
    private final Map<StructureId, Structure> structures = new LinkedHashMap<>();
    private final Map<ObjectiveId, Objective> objectives = new LinkedHashMap<>();
    private final Map<PhaseId, Phase> phases = new LinkedHashMap<>();
    /** Every id a structure, objective or phase of this plan ever had: ids are never reused, even after a removal. */
    private final Set<String> usedIds = new HashSet<>();

    /** For Axon, which rebuilds the plan from its events. */
    Plan() {
    }

    @CommandHandler
    public Plan(DefinePlan command, Memberships memberships) {
        EditingRights.requireSegretarioOf(command.organisationId(), command.actor(), memberships, "aprire la bozza del piano");
        AggregateLifecycle.apply(planDefinedBy(command), metaDataOf(command.organisationId(), command.organisation()));
    }

    /**
     * Creates the draft from an imported document (importazione): the plan, the import with its findings, then every
     * structure with its context, objectives and phases, and the common objectives, each checked by the same handler
     * as the single command. One broken rule refuses the whole import and nothing is stored. Element ids derive from
     * the plan id and the element's position, so the same import always gives the same ids
     * (see {@link ImportedContents#idOf}).
     */
    @CommandHandler
    public Plan(ImportPlan command, Memberships memberships) {
        EditingRights.requireSegretarioOf(command.organisationId(), command.actor(), memberships, "importare un piano");
        ImportedPlan imported = required("plan", command.plan());
        required("source", command.source());
        required("findings", command.findings());
        DefinePlan definition = new DefinePlan(command.planId(), command.organisationId(), command.organisation(),
                imported.province(), imported.firstYear(), imported.lastYear(), imported.year(), command.actor());
        // Axon applies events of a constructor once the plan exists, so the contents follow PlanDefined.
        AggregateLifecycle.apply(planDefinedBy(definition), metaDataOf(command.organisationId(), command.organisation()))
                .andThen(() -> importContents(command, memberships));
    }

    @CommandHandler
    public void handle(AddStructure command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "aggiungere una struttura");
        requireDraft();
        required("structureId", command.structureId());
        requiredText("name", command.name(), SHORT_TEXT);
        requiredText("head", command.head(), SHORT_TEXT);
        optionalText("headTitle", command.headTitle(), SHORT_TEXT);
        requireUnusedId("structureId", command.structureId().value());
        if (structures.values().stream().anyMatch(structure -> structure.isNamed(command.name()))) {
            throw new DuplicateStructure("name", command.name());
        }
        record(new StructureAdded(planId, command.structureId(), command.name(), command.head(), command.headTitle(),
                command.actor()));
    }

    /** Removes a structure with its objectives and their phases, saying why; only the Segretario, on a draft. */
    @CommandHandler
    public void handle(RemoveStructure command, Memberships memberships) {
        Structure structure = structure(command.structureId());
        rights.requireSegretario(command.actor(), memberships, "rimuovere una struttura");
        requireDraft();
        requiredReason("reason", command.reason());
        record(new StructureRemoved(planId, structure.id(), command.reason(), command.actor()));
    }

    /**
     * Names the user who heads a structure, with the name and title the plan prints (in any status: people change
     * during the year); the same head again records nothing.
     */
    @CommandHandler
    public void handle(AssignStructureHead command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "assegnare il responsabile di una struttura");
        Structure structure = structure(command.structureId());
        UserIds.require("userId", command.userId());
        requiredText("name", command.name(), SHORT_TEXT);
        optionalText("title", command.title(), SHORT_TEXT);
        requiredReason("reason", command.reason());
        if (!rights.mayHeadAStructure(command.userId(), memberships)) {
            throw new HeadNotResponsabile(command.userId());
        }
        if (structure.hasHead(command.userId(), command.name(), command.title())) {
            return;
        }
        record(new StructureHeadAssigned(planId, structure.id(), command.userId(), command.name(), command.title(),
                command.reason(), command.actor()));
    }

    @CommandHandler
    public void handle(SetStrategicContext command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "impostare il contesto strategico");
        requireDraft();
        requiredText("strategicLine", command.strategicLine(), LONG_TEXT);
        requiredText("strategicObjective", command.strategicObjective(), LONG_TEXT);
        required("missionCode", command.missionCode());
        requiredText("operationalObjective", command.operationalObjective(), LONG_TEXT);
        Structure structure = structure(command.structureId());
        record(new StrategicContextSet(planId, structure.id(), command.strategicLine(), command.strategicObjective(),
                command.missionCode(), command.operationalObjective(), command.actor()));
    }

    @CommandHandler
    public void handle(SetCommonStrategicContext command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "impostare il contesto strategico degli obiettivi comuni");
        requireDraft();
        requiredText("strategicLine", command.strategicLine(), LONG_TEXT);
        requiredText("strategicObjective", command.strategicObjective(), LONG_TEXT);
        requiredText("operationalObjective", command.operationalObjective(), LONG_TEXT);
        record(new CommonStrategicContextSet(planId, command.strategicLine(), command.strategicObjective(),
                command.missionCode(), command.operationalObjective(), command.actor()));
    }

    @CommandHandler
    public void handle(DefineObjective command, Memberships memberships) {
        Structure structure = structure(command.structureId());
        rights.requireEditorOf(structure, command.actor(), memberships, "definire un obiettivo");
        requireDraft();
        required("objectiveId", command.objectiveId());
        requireObjectiveFields(command.number(), command.kind(), command.description(), command.weight(),
                command.indicators(), command.targets(), command.deadline());
        requireUnusedId("objectiveId", command.objectiveId().value());
        requireFreeObjectiveNumber(objectivesOf(structure.id()), command.number());
        record(new ObjectiveDefined(planId, structure.id(), command.objectiveId(), command.number(), command.kind(),
                command.description(), command.weight(), command.indicators(), command.targets(), command.deadline(),
                command.actor()));
    }

    @CommandHandler
    public void handle(DefineCommonObjective command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "definire un obiettivo comune");
        requireDraft();
        required("objectiveId", command.objectiveId());
        requireObjectiveFields(command.number(), command.kind(), command.description(), command.weight(),
                command.indicators(), command.targets(), command.deadline());
        requireUnusedId("objectiveId", command.objectiveId().value());
        requireFreeObjectiveNumber(commonObjectives(), command.number());
        record(new CommonObjectiveDefined(planId, command.objectiveId(), command.number(), command.kind(),
                command.description(), command.weight(), command.indicators(), command.targets(), command.deadline(),
                command.actor()));
    }

    @CommandHandler
    public void handle(ChangeObjectiveWeight command, Memberships memberships) {
        Objective objective = objective(command.objectiveId());
        requireEditorOf(objective, command.actor(), memberships, "cambiare il peso di un obiettivo");
        requireDraft();
        required("weight", command.weight());
        requiredReason("reason", command.reason());
        if (sameWeight(objective.weight(), command.weight())) {
            return;
        }
        requireRevision(command, objective.revision());
        record(new ObjectiveWeightChanged(planId, objective.id(), objective.weight(), command.weight(),
                command.reason(), objective.revision() + 1, command.actor()));
    }

    @CommandHandler
    public void handle(ReviseObjective command, Memberships memberships) {
        Objective objective = objective(command.objectiveId());
        requireEditorOf(objective, command.actor(), memberships, "rivedere un obiettivo");
        requireDraft();
        required("kind", command.kind());
        requiredText("description", command.description(), LONG_TEXT);
        optionalText("indicators", command.indicators(), LONG_TEXT);
        optionalText("targets", command.targets(), LONG_TEXT);
        triennio.requireWithin("deadline", command.deadline());
        optionalText("reason", command.reason(), REASON);
        if (!objective.differsFrom(command)) {
            return;
        }
        requireRevision(command, objective.revision());
        record(new ObjectiveRevised(planId, objective.id(), command.kind(), command.description(),
                command.indicators(), command.targets(), command.deadline(), command.reason(),
                objective.revision() + 1, command.actor()));
    }

    @CommandHandler
    public void handle(RemoveObjective command, Memberships memberships) {
        Objective objective = objective(command.objectiveId());
        requireEditorOf(objective, command.actor(), memberships, "rimuovere un obiettivo");
        requireDraft();
        requiredReason("reason", command.reason());
        requireRevision(command, objective.revision());
        record(new ObjectiveRemoved(planId, objective.id(), command.reason(), command.actor()));
    }

    @CommandHandler
    public void handle(DefinePhase command, Memberships memberships) {
        Objective objective = objective(command.objectiveId());
        requireEditorOf(objective, command.actor(), memberships, "definire una fase");
        requireDraft();
        required("phaseId", command.phaseId());
        requiredText("number", command.number(), SHORT_TEXT);
        Numbering.requirePhaseNumber("number", command.number());
        requiredText("description", command.description(), LONG_TEXT);
        required("weight", command.weight());
        optionalText("indicator", command.indicator(), LONG_TEXT);
        optionalText("target", command.target(), LONG_TEXT);
        triennio.requireWithin("deadline", command.deadline());
        if (!Numbering.isPhaseOf(command.number(), objective.number())) {
            throw new PhaseNumberOutsideObjective("number", command.number(), objective.number());
        }
        requireUnusedId("phaseId", command.phaseId().value());
        if (phasesOf(objective.id()).stream().anyMatch(phase -> Numbering.samePhaseNumber(phase.number(), command.number()))) {
            throw new DuplicateNumber("number", command.number());
        }
        record(new PhaseDefined(planId, objective.id(), command.phaseId(), command.number(), command.description(),
                command.weight(), command.indicator(), command.target(), command.deadline(), command.actor()));
    }

    @CommandHandler
    public void handle(ChangePhaseWeight command, Memberships memberships) {
        Phase phase = phase(command.phaseId());
        requireEditorOf(objectives.get(phase.objectiveId()), command.actor(), memberships, "cambiare il peso di una fase");
        requireDraft();
        required("weight", command.weight());
        requiredReason("reason", command.reason());
        if (sameWeight(phase.weight(), command.weight())) {
            return;
        }
        requireRevision(command, phase.revision());
        record(new PhaseWeightChanged(planId, phase.objectiveId(), phase.id(), phase.weight(), command.weight(),
                command.reason(), phase.revision() + 1, command.actor()));
    }

    @CommandHandler
    public void handle(RevisePhase command, Memberships memberships) {
        Phase phase = phase(command.phaseId());
        requireEditorOf(objectives.get(phase.objectiveId()), command.actor(), memberships, "rivedere una fase");
        requireDraft();
        requiredText("description", command.description(), LONG_TEXT);
        optionalText("indicator", command.indicator(), LONG_TEXT);
        optionalText("target", command.target(), LONG_TEXT);
        triennio.requireWithin("deadline", command.deadline());
        optionalText("reason", command.reason(), REASON);
        if (!phase.differsFrom(command)) {
            return;
        }
        requireRevision(command, phase.revision());
        record(new PhaseRevised(planId, phase.objectiveId(), phase.id(), command.description(), command.indicator(),
                command.target(), command.deadline(), command.reason(), phase.revision() + 1, command.actor()));
    }

    @CommandHandler
    public void handle(RemovePhase command, Memberships memberships) {
        Phase phase = phase(command.phaseId());
        requireEditorOf(objectives.get(phase.objectiveId()), command.actor(), memberships, "rimuovere una fase");
        requireDraft();
        requiredReason("reason", command.reason());
        requireRevision(command, phase.revision());
        record(new PhaseRemoved(planId, phase.objectiveId(), phase.id(), command.reason(), command.actor()));
    }

    /**
     * Runs every submission rule without changing the plan (verifica di completezza) and answers with what it breaks;
     * see {@link SubmissionRules}.
     */
    @CommandHandler
    public SubmissionCheck handle(CheckPlanSubmission command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "verificare il piano prima della trasmissione alla Giunta");
        requireDraft();
        return new SubmissionCheck(SubmissionRules.brokenBy(this));
    }

    /** Sends the current version to the Giunta, refused with every broken submission rule at once. */
    @CommandHandler
    public void handle(SubmitPlan command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "trasmettere il piano alla Giunta");
        requireDraft();
        requireCurrentVersion(command.version());
        List<Violation> broken = SubmissionRules.brokenBy(this);
        if (!broken.isEmpty()) {
            throw new RuleViolations(broken);
        }
        record(new PlanSubmitted(planId, version, command.actor()));
    }

    /** Records the delibera that adopted the submitted version; today, to refuse a future date, is the clock's. */
    @CommandHandler
    public void handle(RecordGiuntaApproval command, Clock clock, Memberships memberships) {
        rights.requireRole(Role.GIUNTA, command.actor(), memberships, "registrare l'approvazione del piano");
        requireSubmitted();
        requireCurrentVersion(command.version());
        new CollectedViolations()
                .check(() -> requiredText("resolutionNumber", command.resolutionNumber(), SHORT_TEXT))
                .check(() -> triennio.requireResolutionDate("resolutionDate", required("resolutionDate",
                        command.resolutionDate()), today(clock)))
                .throwIfAny();
        record(new PlanAdopted(planId, version, command.resolutionNumber(), command.resolutionDate(), command.actor()));
    }

    @CommandHandler
    public void handle(RecordGiuntaReturn command, Memberships memberships) {
        rights.requireRole(Role.GIUNTA, command.actor(), memberships, "restituire il piano");
        requireSubmitted();
        requireCurrentVersion(command.version());
        requiredText("remarks", command.remarks(), LONG_TEXT);
        record(new PlanReturned(planId, version, command.remarks(), command.actor()));
    }

    /** Opens the draft of the next version, a copy of the adopted one, which stays readable as adopted. */
    @CommandHandler
    public void handle(OpenVariation command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "aprire una variazione del piano");
        requireAdopted();
        requireCurrentVersion(command.adoptedVersion());
        requiredReason("reason", command.reason());
        record(new VariationOpened(planId, version, version + 1, command.reason(), command.actor()));
    }

    /** Marks a finding of the import as resolved; resolving it again records nothing, so a retry is harmless. */
    @CommandHandler
    public void handle(ResolveImportFinding command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "risolvere un rilievo dell'importazione");
        requireDraft();
        int number = command.findingNumber();
        if (!importFindings.has(number)) {
            throw new UnknownFinding(number);
        }
        requiredText("note", command.note(), REASON);
        if (importFindings.isResolved(number)) {
            return;
        }
        ImportFinding finding = importFindings.numbered(number);
        record(new ImportFindingResolved(planId, number, finding.code(), command.note(), command.actor()));
    }

    /** Records once per version that the deadline for adopting it is near; a late or stale warning records nothing. */
    @CommandHandler
    public void handle(RecordApprovalDeadlineNear command, Clock clock) {
        rights.requireTraccia(command.actor(), "registrare che il termine di approvazione è vicino");
        LocalDate deadline = required("deadline", command.deadline());
        if (awaitsAdoption(command.version()) && deadlineWarnings.nearIsNews(deadline, today(clock))) {
            record(new ApprovalDeadlineNear(planId, version, deadline, command.actor()));
        }
    }

    /**
     * Records once per version that the deadline for adopting it passed; a stale or repeated warning records nothing.
     * The sender, the deadline timer, has established that the deadline passed.
     */
    @CommandHandler
    public void handle(RecordApprovalDeadlineMissed command) {
        rights.requireTraccia(command.actor(), "registrare che il termine di approvazione è scaduto");
        LocalDate deadline = required("deadline", command.deadline());
        if (awaitsAdoption(command.version()) && deadlineWarnings.missedIsNews()) {
            record(new ApprovalDeadlineMissed(planId, version, deadline, command.actor()));
        }
    }

    @EventSourcingHandler
    void on(PlanDefined event) {
        planId = event.planId();
        organisationId = event.organisationId();
        organisation = event.organisation();
        triennio = new Triennio(event.firstYear(), event.lastYear(), event.year());
        rights = new EditingRights(planId, organisationId);
        status = PlanStatus.DRAFT;
        version = FIRST_VERSION;
    }

    @EventSourcingHandler
    void on(PlanImported event) {
        importFindings = ImportFindings.of(event.findings());
    }

    @EventSourcingHandler
    void on(StructureAdded event) {
        structures.put(event.structureId(),
                new Structure(event.structureId(), event.name(), event.head(), event.headTitle(), null, null));
        usedIds.add(event.structureId().value());
    }

    @EventSourcingHandler
    void on(StructureRemoved event) {
        List<ObjectiveId> removed = objectivesOf(event.structureId()).stream().map(Objective::id).toList();
        removed.forEach(objectives::remove);
        phases.values().removeIf(phase -> removed.contains(phase.objectiveId()));
        structures.remove(event.structureId());
    }

    @EventSourcingHandler
    void on(StructureHeadAssigned event) {
        structures.put(event.structureId(),
                structures.get(event.structureId()).headedBy(event.userId(), event.name(), event.title()));
    }

    @EventSourcingHandler
    void on(StrategicContextSet event) {
        StrategicContext context = new StrategicContext(event.strategicLine(), event.strategicObjective(),
                event.missionCode(), event.operationalObjective());
        structures.put(event.structureId(), structures.get(event.structureId()).withContext(context));
    }

    @EventSourcingHandler
    void on(CommonStrategicContextSet event) {
        commonContext = new StrategicContext(event.strategicLine(), event.strategicObjective(), event.missionCode(),
                event.operationalObjective());
    }

    @EventSourcingHandler
    void on(ObjectiveDefined event) {
        objectives.put(event.objectiveId(), Objective.definedBy(event));
        usedIds.add(event.objectiveId().value());
    }

    @EventSourcingHandler
    void on(CommonObjectiveDefined event) {
        objectives.put(event.objectiveId(), Objective.definedBy(event));
        usedIds.add(event.objectiveId().value());
    }

    @EventSourcingHandler
    void on(ObjectiveWeightChanged event) {
        objectives.put(event.objectiveId(), objectives.get(event.objectiveId()).reweighted(event.weight(), event.revision()));
    }

    @EventSourcingHandler
    void on(ObjectiveRevised event) {
        objectives.put(event.objectiveId(), objectives.get(event.objectiveId()).revisedBy(event));
    }

    @EventSourcingHandler
    void on(ObjectiveRemoved event) {
        objectives.remove(event.objectiveId());
        phases.values().removeIf(phase -> phase.objectiveId().equals(event.objectiveId()));
    }

    @EventSourcingHandler
    void on(PhaseDefined event) {
        phases.put(event.phaseId(), Phase.definedBy(event));
        usedIds.add(event.phaseId().value());
    }

    @EventSourcingHandler
    void on(PhaseWeightChanged event) {
        phases.put(event.phaseId(), phases.get(event.phaseId()).reweighted(event.weight(), event.revision()));
    }

    @EventSourcingHandler
    void on(PhaseRevised event) {
        phases.put(event.phaseId(), phases.get(event.phaseId()).revisedBy(event));
    }

    @EventSourcingHandler
    void on(PhaseRemoved event) {
        phases.remove(event.phaseId());
    }

    @EventSourcingHandler
    void on(PlanSubmitted event) {
        status = PlanStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(PlanReturned event) {
        status = PlanStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PlanAdopted event) {
        status = PlanStatus.ADOPTED;
    }

    /** The draft of the next version starts as a copy of the adopted one: only the version and status change. */
    @EventSourcingHandler
    void on(VariationOpened event) {
        status = PlanStatus.DRAFT;
        version = event.version();
        deadlineWarnings = DeadlineWarnings.NONE;
    }

    @EventSourcingHandler
    void on(ImportFindingResolved event) {
        importFindings = importFindings.withResolved(event.findingNumber());
    }

    @EventSourcingHandler
    void on(ApprovalDeadlineNear event) {
        deadlineWarnings = deadlineWarnings.withNear();
    }

    @EventSourcingHandler
    void on(ApprovalDeadlineMissed event) {
        deadlineWarnings = deadlineWarnings.withMissed();
    }

    /** The findings of the plan's import and which are resolved; none when the plan was not imported. */
    ImportFindings importFindings() {
        return importFindings;
    }

    /** The strategic context of the common objectives, or {@code null} while none is set. */
    StrategicContext commonContext() {
        return commonContext;
    }

    /** The structures, in the order they were added. */
    List<Structure> structures() {
        return List.copyOf(structures.values());
    }

    /** The objectives of one structure, in the order they were defined: one weight set. */
    List<Objective> objectivesOf(StructureId structureId) {
        return objectives.values().stream().filter(objective -> objective.belongsTo(structureId)).toList();
    }

    /** The objectives common to every structure, in the order they were defined: one weight set. */
    List<Objective> commonObjectives() {
        return objectives.values().stream().filter(Objective::isCommon).toList();
    }

    /** The phases of one objective, in the order they were defined: one weight set. */
    List<Phase> phasesOf(ObjectiveId objectiveId) {
        return phases.values().stream().filter(phase -> phase.objectiveId().equals(objectiveId)).toList();
    }

    private static PlanDefined planDefinedBy(DefinePlan command) {
        required("planId", command.planId());
        requiredText("organisation", command.organisation(), SHORT_TEXT);
        optionalText("province", command.province(), SHORT_TEXT);
        Triennio.of(command.firstYear(), command.lastYear(), command.year());
        return new PlanDefined(command.planId(), command.organisationId(), command.organisation(), command.province(),
                command.firstYear(), command.lastYear(), command.year(), command.actor());
    }

    /** Records the import, then its contents through the handlers of the single commands ({@link ImportedContents}). */
    private void importContents(ImportPlan command, Memberships memberships) {
        record(new PlanImported(planId, command.source(), command.findings(), command.actor()));
        new ImportedContents(this, command, memberships).define();
    }

    private void record(PlanEvent event) {
        AggregateLifecycle.apply(event, metaDataOf(organisationId, organisation));
    }

    private static MetaData metaDataOf(OrganisationId organisationId, String organisation) {
        return MetaData.with(PlanMetaData.ORGANISATION, organisation)
                .and(PlanMetaData.ORGANISATION_ID, organisationId.value());
    }

    /** The head of the objective's structure, or the Segretario, edits it; only the Segretario a common objective. */
    private void requireEditorOf(Objective objective, Actor actor, Memberships memberships, String action) {
        if (objective.isCommon()) {
            // Common objectives belong to no single structure.
            rights.requireSegretario(actor, memberships, "modificare gli obiettivi comuni e le loro fasi");
        } else {
            rights.requireEditorOf(structures.get(objective.structureId()), actor, memberships, action);
        }
    }

    private void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new PlanNotInDraft(status.name());
        }
    }

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw new PlanNotSubmitted(status.name());
        }
    }

    private void requireAdopted() {
        if (status != PlanStatus.ADOPTED) {
            throw new PlanNotAdopted(status.name());
        }
    }

    /** A step of the approval route taken on an older version is refused rather than applied to the current one. */
    private void requireCurrentVersion(int seen) {
        if (seen != version) {
            throw new StaleVersion(seen, version);
        }
    }

    /** Whether the version is the current one and not adopted yet: the only one a deadline warning concerns. */
    private boolean awaitsAdoption(int warnedVersion) {
        return warnedVersion == version && status != PlanStatus.ADOPTED;
    }

    /** Today's date for the clock Traccia runs on; the plan never reads the system time itself. */
    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private void requireUnusedId(String field, String id) {
        if (usedIds.contains(id)) {
            throw new DuplicateId(field, id);
        }
    }

    private void requireObjectiveFields(String number, ObjectiveKind kind, String description, Weight weight,
                                        String indicators, String targets, LocalDate deadline) {
        requiredText("number", number, SHORT_TEXT);
        Numbering.requireObjectiveNumber("number", number);
        required("kind", kind);
        requiredText("description", description, LONG_TEXT);
        required("weight", weight);
        optionalText("indicators", indicators, LONG_TEXT);
        optionalText("targets", targets, LONG_TEXT);
        triennio.requireWithin("deadline", deadline);
    }

    private static void requireFreeObjectiveNumber(List<Objective> weightSet, String number) {
        if (weightSet.stream().anyMatch(objective -> Numbering.sameObjectiveNumber(objective.number(), number))) {
            throw new DuplicateNumber("number", number);
        }
    }

    /** A command that saw an older revision is refused rather than overwrite someone else's edit. */
    private static void requireRevision(RevisionedCommand command, long current) {
        Long seen = command.expectedRevision();
        if (seen != null && seen != current) {
            throw new StaleRevision(seen, current);
        }
    }

    private static boolean sameWeight(Weight current, Weight requested) {
        return current.compareTo(requested) == 0;
    }

    private Structure structure(StructureId structureId) {
        Structure structure = structures.get(required("structureId", structureId));
        if (structure == null) {
            throw new UnknownStructure(structureId.value());
        }
        return structure;
    }

    private Objective objective(ObjectiveId objectiveId) {
        Objective objective = objectives.get(required("objectiveId", objectiveId));
        if (objective == null) {
            throw new UnknownObjective(objectiveId.value());
        }
        return objective;
    }

    private Phase phase(PhaseId phaseId) {
        Phase phase = phases.get(required("phaseId", phaseId));
        if (phase == null) {
            throw new UnknownPhase(phaseId.value());
        }
        return phase;
    }
}
