package it.traccia.plan.command;

import static it.traccia.plan.command.Fields.LONG_TEXT;
import static it.traccia.plan.command.Fields.REASON;
import static it.traccia.plan.command.Fields.SHORT_TEXT;
import static it.traccia.plan.command.Fields.optionalText;
import static it.traccia.plan.command.Fields.required;
import static it.traccia.plan.command.Fields.requiredReason;
import static it.traccia.plan.command.Fields.requiredText;

import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.Role;
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
import it.traccia.kernel.rule.DuplicateStructure;
import it.traccia.kernel.rule.HeadNotResponsabile;
import it.traccia.kernel.rule.PhaseNumberOutsideObjective;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.StaleRevision;
import it.traccia.kernel.rule.UnknownFinding;
import it.traccia.kernel.rule.Violation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan (Piano degli obiettivi e della performance) of one organisation for one year: its structures, their
 * objectives and phases, and the common objectives, and its way to adoption (bozza, trasmesso alla Giunta, adottato,
 * variazione) version by version. Event-sourced; it refuses every command that breaks a rule. The aggregate checks
 * the command's fields and delegates the rest: who may act to {@link EditingRights}, where the plan stands to
 * {@link PlanLifecycle}, what it says to {@link PlanContents} (the draft, and a copy for the version in force).
 */
public class Plan {

    @AggregateIdentifier
    private PlanId planId;
    private OrganisationId organisationId;
    private String organisation;
    private Triennio triennio;
    private EditingRights rights;
    private final PlanLifecycle lifecycle = new PlanLifecycle();
    /** What the current version says: the draft while one is open, else the version adopted last. */
    private final PlanContents contents = new PlanContents();
    /** What the version adopted last says, frozen at its adoption but for its heads; {@code null} until adopted. */
    private PlanContents inForce;
    private ImportFindings importFindings = ImportFindings.NONE;

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
        lifecycle.requireDraft();
        required("structureId", command.structureId());
        requiredText("name", command.name(), SHORT_TEXT);
        requiredText("head", command.head(), SHORT_TEXT);
        optionalText("headTitle", command.headTitle(), SHORT_TEXT);
        contents.requireUnusedId("structureId", command.structureId().value());
        if (contents.hasStructureNamed(command.name())) {
            throw new DuplicateStructure("name", command.name());
        }
        record(new StructureAdded(planId, command.structureId(), command.name(), command.head(), command.headTitle(),
                command.actor()));
    }

    /** Removes a structure with its objectives and their phases, saying why; only the Segretario, on a draft. */
    @CommandHandler
    public void handle(RemoveStructure command, Memberships memberships) {
        Structure structure = contents.structure(command.structureId());
        rights.requireSegretario(command.actor(), memberships, "rimuovere una struttura");
        lifecycle.requireDraft();
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
        Structure structure = contents.structure(command.structureId());
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
        lifecycle.requireDraft();
        requiredText("strategicLine", command.strategicLine(), LONG_TEXT);
        requiredText("strategicObjective", command.strategicObjective(), LONG_TEXT);
        required("missionCode", command.missionCode());
        requiredText("operationalObjective", command.operationalObjective(), LONG_TEXT);
        Structure structure = contents.structure(command.structureId());
        record(new StrategicContextSet(planId, structure.id(), command.strategicLine(), command.strategicObjective(),
                command.missionCode(), command.operationalObjective(), command.actor()));
    }

    @CommandHandler
    public void handle(SetCommonStrategicContext command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "impostare il contesto strategico degli obiettivi comuni");
        lifecycle.requireDraft();
        requiredText("strategicLine", command.strategicLine(), LONG_TEXT);
        requiredText("strategicObjective", command.strategicObjective(), LONG_TEXT);
        requiredText("operationalObjective", command.operationalObjective(), LONG_TEXT);
        record(new CommonStrategicContextSet(planId, command.strategicLine(), command.strategicObjective(),
                command.missionCode(), command.operationalObjective(), command.actor()));
    }

    @CommandHandler
    public void handle(DefineObjective command, Memberships memberships) {
        Structure structure = contents.structure(command.structureId());
        rights.requireEditorOf(structure, command.actor(), memberships, "definire un obiettivo");
        lifecycle.requireDraft();
        required("objectiveId", command.objectiveId());
        requireObjectiveFields(command.number(), command.kind(), command.description(), command.weight(),
                command.indicators(), command.targets(), command.deadline());
        contents.requireUnusedId("objectiveId", command.objectiveId().value());
        PlanContents.requireFreeObjectiveNumber(contents.objectivesOf(structure.id()), command.number());
        record(new ObjectiveDefined(planId, structure.id(), command.objectiveId(), command.number(), command.kind(),
                command.description(), command.weight(), command.indicators(), command.targets(), command.deadline(),
                command.actor()));
    }

    @CommandHandler
    public void handle(DefineCommonObjective command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "definire un obiettivo comune");
        lifecycle.requireDraft();
        required("objectiveId", command.objectiveId());
        requireObjectiveFields(command.number(), command.kind(), command.description(), command.weight(),
                command.indicators(), command.targets(), command.deadline());
        contents.requireUnusedId("objectiveId", command.objectiveId().value());
        PlanContents.requireFreeObjectiveNumber(contents.commonObjectives(), command.number());
        record(new CommonObjectiveDefined(planId, command.objectiveId(), command.number(), command.kind(),
                command.description(), command.weight(), command.indicators(), command.targets(), command.deadline(),
                command.actor()));
    }

    @CommandHandler
    public void handle(ChangeObjectiveWeight command, Memberships memberships) {
        Objective objective = contents.objective(command.objectiveId());
        rights.requireEditorOf(objective, contents, command.actor(), memberships, "cambiare il peso di un obiettivo");
        lifecycle.requireDraft();
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
        Objective objective = contents.objective(command.objectiveId());
        rights.requireEditorOf(objective, contents, command.actor(), memberships, "rivedere un obiettivo");
        lifecycle.requireDraft();
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
        Objective objective = contents.objective(command.objectiveId());
        rights.requireEditorOf(objective, contents, command.actor(), memberships, "rimuovere un obiettivo");
        lifecycle.requireDraft();
        requiredReason("reason", command.reason());
        requireRevision(command, objective.revision());
        record(new ObjectiveRemoved(planId, objective.id(), command.reason(), command.actor()));
    }

    @CommandHandler
    public void handle(DefinePhase command, Memberships memberships) {
        Objective objective = contents.objective(command.objectiveId());
        rights.requireEditorOf(objective, contents, command.actor(), memberships, "definire una fase");
        lifecycle.requireDraft();
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
        contents.requireUnusedId("phaseId", command.phaseId().value());
        contents.requireFreePhaseNumber(objective.id(), command.number());
        record(new PhaseDefined(planId, objective.id(), command.phaseId(), command.number(), command.description(),
                command.weight(), command.indicator(), command.target(), command.deadline(), command.actor()));
    }

    @CommandHandler
    public void handle(ChangePhaseWeight command, Memberships memberships) {
        Phase phase = contents.phase(command.phaseId());
        rights.requireEditorOf(contents.objectiveOf(phase), contents, command.actor(), memberships, "cambiare il peso di una fase");
        lifecycle.requireDraft();
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
        Phase phase = contents.phase(command.phaseId());
        rights.requireEditorOf(contents.objectiveOf(phase), contents, command.actor(), memberships, "rivedere una fase");
        lifecycle.requireDraft();
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
        Phase phase = contents.phase(command.phaseId());
        rights.requireEditorOf(contents.objectiveOf(phase), contents, command.actor(), memberships, "rimuovere una fase");
        lifecycle.requireDraft();
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
        lifecycle.requireDraft();
        return new SubmissionCheck(SubmissionRules.brokenBy(contents, importFindings));
    }

    /** Sends the current version to the Giunta, refused with every broken submission rule at once. */
    @CommandHandler
    public void handle(SubmitPlan command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "trasmettere il piano alla Giunta");
        lifecycle.requireDraft();
        lifecycle.requireCurrentVersion(command.version());
        List<Violation> broken = SubmissionRules.brokenBy(contents, importFindings);
        if (!broken.isEmpty()) {
            throw new RuleViolations(broken);
        }
        record(new PlanSubmitted(planId, lifecycle.version(), command.actor()));
    }

    /** Records the delibera that adopted the submitted version; today, to refuse a future date, is the clock's. */
    @CommandHandler
    public void handle(RecordGiuntaApproval command, Clock clock, Memberships memberships) {
        rights.requireRole(Role.GIUNTA, command.actor(), memberships, "registrare l'approvazione del piano");
        lifecycle.requireSubmitted();
        lifecycle.requireCurrentVersion(command.version());
        new CollectedViolations()
                .check(() -> requiredText("resolutionNumber", command.resolutionNumber(), SHORT_TEXT))
                .check(() -> triennio.requireResolutionDate("resolutionDate", required("resolutionDate",
                        command.resolutionDate()), today(clock)))
                .throwIfAny();
        record(new PlanAdopted(planId, lifecycle.version(), command.resolutionNumber(), command.resolutionDate(), command.actor()));
    }

    @CommandHandler
    public void handle(RecordGiuntaReturn command, Memberships memberships) {
        rights.requireRole(Role.GIUNTA, command.actor(), memberships, "restituire il piano");
        lifecycle.requireSubmitted();
        lifecycle.requireCurrentVersion(command.version());
        requiredText("remarks", command.remarks(), LONG_TEXT);
        record(new PlanReturned(planId, lifecycle.version(), command.remarks(), command.actor()));
    }

    /** Opens the draft of the next version, a copy of the adopted one, which stays readable as adopted. */
    @CommandHandler
    public void handle(OpenVariation command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "aprire una variazione del piano");
        lifecycle.requireAdopted();
        lifecycle.requireCurrentVersion(command.adoptedVersion());
        requiredReason("reason", command.reason());
        record(new VariationOpened(planId, lifecycle.version(), lifecycle.version() + 1, command.reason(),
                command.actor()));
    }

    /** Marks a finding of the import as resolved; resolving it again records nothing, so a retry is harmless. */
    @CommandHandler
    public void handle(ResolveImportFinding command, Memberships memberships) {
        rights.requireSegretario(command.actor(), memberships, "risolvere un rilievo dell'importazione");
        lifecycle.requireDraft();
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
        if (lifecycle.deadlineNearIsNews(command.version(), deadline, today(clock))) {
            record(new ApprovalDeadlineNear(planId, lifecycle.version(), deadline, command.actor()));
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
        if (lifecycle.deadlineMissedIsNews(command.version())) {
            record(new ApprovalDeadlineMissed(planId, lifecycle.version(), deadline, command.actor()));
        }
    }

    @EventSourcingHandler
    void on(PlanDefined event) {
        planId = event.planId();
        organisationId = event.organisationId();
        organisation = event.organisation();
        triennio = new Triennio(event.firstYear(), event.lastYear(), event.year());
        rights = new EditingRights(planId, organisationId);
    }

    @EventSourcingHandler
    void on(PlanImported event) {
        importFindings = ImportFindings.of(event.findings());
    }

    @EventSourcingHandler
    void on(StructureAdded event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(StructureRemoved event) {
        contents.apply(event);
    }

    /** People change during the year: a new head heads the structure in the draft and in the version in force. */
    @EventSourcingHandler
    void on(StructureHeadAssigned event) {
        contents.apply(event);
        if (inForce != null) {
            inForce.apply(event);
        }
    }

    @EventSourcingHandler
    void on(StrategicContextSet event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(CommonStrategicContextSet event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(ObjectiveDefined event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(CommonObjectiveDefined event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(ObjectiveWeightChanged event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(ObjectiveRevised event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(ObjectiveRemoved event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(PhaseDefined event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(PhaseWeightChanged event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(PhaseRevised event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(PhaseRemoved event) {
        contents.apply(event);
    }

    @EventSourcingHandler
    void on(PlanSubmitted event) {
        lifecycle.submitted();
    }

    @EventSourcingHandler
    void on(PlanReturned event) {
        lifecycle.returned();
    }

    /** The adopted contents come into force, and stay so while the draft of a variation changes its own copy. */
    @EventSourcingHandler
    void on(PlanAdopted event) {
        lifecycle.adopted();
        inForce = contents.copy();
    }

    /** The draft of the next version starts as a copy of the adopted one: only the version and status change. */
    @EventSourcingHandler
    void on(VariationOpened event) {
        lifecycle.variationOpened(event.version());
    }

    @EventSourcingHandler
    void on(ImportFindingResolved event) {
        importFindings = importFindings.withResolved(event.findingNumber());
    }

    @EventSourcingHandler
    void on(ApprovalDeadlineNear event) {
        lifecycle.deadlineNear();
    }

    @EventSourcingHandler
    void on(ApprovalDeadlineMissed event) {
        lifecycle.deadlineMissed();
    }

    /** The version the Giunta adopted last, as monitoring records against it; {@code PlanNotAdopted} before any. */
    VersionInForce versionInForce() {
        return new VersionInForce(planId, organisationId, organisation, lifecycle.versionInForce(), triennio, rights,
                inForce);
    }

    /** What the current version says. */
    PlanContents contents() {
        return contents;
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

    static MetaData metaDataOf(OrganisationId organisationId, String organisation) {
        return MetaData.with(PlanMetaData.ORGANISATION, organisation)
                .and(PlanMetaData.ORGANISATION_ID, organisationId.value());
    }

    /** Today's date for the clock Traccia runs on; the plan never reads the system time itself. */
    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
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
}
