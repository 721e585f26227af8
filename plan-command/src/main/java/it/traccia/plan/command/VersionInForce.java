package it.traccia.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.organisation.Memberships;
import it.traccia.kernel.rule.DateInFuture;
import it.traccia.kernel.rule.DateOutsideTriennio;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.ObjectiveHasPhases;
import it.traccia.kernel.rule.StructureNotExpected;

import java.time.LocalDate;

import static it.traccia.plan.command.Fields.required;

/**
 * The version of a plan in force (versione vigente), as the Giunta adopted it last, with its structures' current
 * heads: what monitoring records against. Read-only; a monitoring command asks it which element a record concerns
 * and whether the actor may record it, so that those rules are written once, here, beside the plan's own.
 */
final class VersionInForce {

    private static final String RECORDING = "registrare il monitoraggio del piano";

    private final PlanId planId;
    private final OrganisationId organisationId;
    private final String organisation;
    private final int version;
    private final Triennio triennio;
    private final EditingRights rights;
    private final PlanContents contents;

    VersionInForce(PlanId planId, OrganisationId organisationId, String organisation, int version, Triennio triennio,
                   EditingRights rights, PlanContents contents) {
        this.planId = planId;
        this.organisationId = organisationId;
        this.organisation = organisation;
        this.version = version;
        this.triennio = triennio;
        this.rights = rights;
        this.contents = contents;
    }

    PlanId planId() {
        return planId;
    }

    OrganisationId organisationId() {
        return organisationId;
    }

    String organisation() {
        return organisation;
    }

    /** The number of the version in force. */
    int version() {
        return version;
    }

    /**
     * The element a record concerns, for the structure it is recorded for, once every rule is met: the element exists
     * in the version in force (an objective only when it has no phases); {@code structureId} names a structure of
     * the version for a common element and is absent otherwise; the actor is the Segretario or heads that structure.
     */
    RecordedElement element(ElementKind kind, String elementId, StructureId structureId, Actor actor,
                                   Memberships memberships) {
        required("kind", kind);
        rights.requireEditor(actor, memberships, RECORDING);
        Objective objective = kind == ElementKind.PHASE
                ? contents.objectiveOf(contents.phase(new PhaseId(required("phaseId", elementId))))
                : contents.objective(new ObjectiveId(required("objectiveId", elementId)));
        if (kind == ElementKind.OBJECTIVE && !contents.phasesOf(objective.id()).isEmpty()) {
            throw new ObjectiveHasPhases(objective.number());
        }
        Structure structure = structureRecording(objective, structureId);
        rights.requireEditorOf(structure, actor, memberships, RECORDING);
        String number = kind == ElementKind.PHASE ? contents.phase(new PhaseId(elementId)).number() : objective.number();
        return new RecordedElement(kind, elementId, objective.id(), structure.id(), number);
    }

    /**
     * The objective or phase whose indicator is measured, for the structure measuring it: found by its id among the
     * phases, then the objectives (with phases or without) of the version in force, under the rules of {@link #element}.
     */
    RecordedElement measured(String elementId, StructureId structureId, Actor actor, Memberships memberships) {
        required("elementId", elementId);
        rights.requireEditor(actor, memberships, RECORDING);
        boolean phase = contents.hasPhase(new PhaseId(elementId));
        Objective objective = phase ? contents.objectiveOf(contents.phase(new PhaseId(elementId)))
                : contents.objective(new ObjectiveId(elementId));
        Structure structure = structureRecording(objective, structureId);
        rights.requireEditorOf(structure, actor, memberships, RECORDING);
        return new RecordedElement(phase ? ElementKind.PHASE : ElementKind.OBJECTIVE, elementId, objective.id(),
                structure.id(), phase ? contents.phase(new PhaseId(elementId)).number() : objective.number());
    }

    /** Only the Segretario of the plan's ente records a verifica intermedia. */
    void requireSegretario(Actor actor, Memberships memberships) {
        rights.requireSegretario(actor, memberships, "registrare una verifica intermedia");
    }

    /** The actor may record monitoring of this plan at all: the Segretario, or a Responsabile of its ente. */
    void requireRecorder(Actor actor, Memberships memberships) {
        rights.requireEditor(actor, memberships, RECORDING);
    }

    /** The structure a record is for: the one named, for a common element (and only then); else the element's own. */
    private Structure structureRecording(Objective objective, StructureId structureId) {
        if (objective.isCommon()) {
            if (structureId == null) {
                throw new MissingField("structureId");
            }
            return contents.structure(structureId);
        }
        if (structureId != null) {
            throw new StructureNotExpected();
        }
        return contents.structureOf(objective);
    }

    /** A day of monitoring lies in the plan's triennio and is not after today. */
    void requireMonitoringDate(String field, LocalDate date, LocalDate today) {
        required(field, date);
        if (date.getYear() < triennio.firstYear() || date.getYear() > triennio.lastYear()) {
            throw new DateOutsideTriennio(field, date, triennio.firstYear(), triennio.lastYear());
        }
        if (date.isAfter(today)) {
            throw new DateInFuture(field, date, today);
        }
    }

    /**
     * A phase or objective of the version in force, as a record concerns it: its objective (itself for an objective),
     * the structure recorded for, and its number as the plan prints it.
     */
    record RecordedElement(ElementKind kind, String elementId, ObjectiveId objectiveId, StructureId structureId,
                                  String number) {
    }
}
