package it.traccia.plan.command;

import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.StructureId;
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
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.plan.event.StructureRemoved;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.DuplicateNumber;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownPhase;
import it.traccia.kernel.rule.UnknownStructure;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static it.traccia.plan.command.Fields.required;

/**
 * What one version of a plan says (contenuti del piano): its structures with their heads and strategic contexts, their
 * objectives and phases, the common objectives and their context, and every id ever used in it. It finds elements,
 * refuses unknown ones and reused numbers or ids, and changes only by the events the plan applies to it. A copy is
 * the version in force once adopted ({@link Plan#versionInForce()}).
 */
final class PlanContents {

    private StrategicContext commonContext;
    private final Map<StructureId, Structure> structures = new LinkedHashMap<>();
    private final Map<ObjectiveId, Objective> objectives = new LinkedHashMap<>();
    private final Map<PhaseId, Phase> phases = new LinkedHashMap<>();
    /** Every id a structure, objective or phase of this plan ever had: ids are never reused, even after a removal. */
    private final Set<String> usedIds = new HashSet<>();

    PlanContents() {
    }

    /** A copy that later events on this one leave as it is. */
    PlanContents copy() {
        PlanContents copy = new PlanContents();
        copy.commonContext = commonContext;
        copy.structures.putAll(structures);
        copy.objectives.putAll(objectives);
        copy.phases.putAll(phases);
        copy.usedIds.addAll(usedIds);
        return copy;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Finding elements

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

    /** The structure with this id, or {@link UnknownStructure}. */
    Structure structure(StructureId structureId) {
        Structure structure = structures.get(required("structureId", structureId));
        if (structure == null) {
            throw new UnknownStructure(structureId.value());
        }
        return structure;
    }

    /** The objective with this id, or {@link UnknownObjective}. */
    Objective objective(ObjectiveId objectiveId) {
        Objective objective = objectives.get(required("objectiveId", objectiveId));
        if (objective == null) {
            throw new UnknownObjective(objectiveId.value());
        }
        return objective;
    }

    /** The phase with this id, or {@link UnknownPhase}. */
    Phase phase(PhaseId phaseId) {
        Phase phase = phases.get(required("phaseId", phaseId));
        if (phase == null) {
            throw new UnknownPhase(phaseId.value());
        }
        return phase;
    }

    boolean hasPhase(PhaseId phaseId) {
        return phases.containsKey(phaseId);
    }

    /** The objective a phase belongs to. */
    Objective objectiveOf(Phase phase) {
        return objectives.get(phase.objectiveId());
    }

    /** The structure that owns an objective; {@code null} for a common objective, which belongs to none. */
    Structure structureOf(Objective objective) {
        return objective.isCommon() ? null : structures.get(objective.structureId());
    }

    boolean hasStructureNamed(String name) {
        return structures.values().stream().anyMatch(structure -> structure.isNamed(name));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Rules on what a new element may be

    /** An id once used in the plan is never given again, even after the element was removed. */
    void requireUnusedId(String field, String id) {
        if (usedIds.contains(id)) {
            throw new DuplicateId(field, id);
        }
    }

    /** No two objectives of one weight set share a number. */
    static void requireFreeObjectiveNumber(List<Objective> weightSet, String number) {
        if (weightSet.stream().anyMatch(objective -> Numbering.sameObjectiveNumber(objective.number(), number))) {
            throw new DuplicateNumber("number", number);
        }
    }

    /** No two phases of one objective share a number. */
    void requireFreePhaseNumber(ObjectiveId objectiveId, String number) {
        if (phasesOf(objectiveId).stream().anyMatch(phase -> Numbering.samePhaseNumber(phase.number(), number))) {
            throw new DuplicateNumber("number", number);
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Changes, one per event

    void apply(StructureAdded event) {
        structures.put(event.structureId(),
                new Structure(event.structureId(), event.name(), event.head(), event.headTitle(), null, null));
        usedIds.add(event.structureId().value());
    }

    void apply(StructureRemoved event) {
        List<ObjectiveId> removed = objectivesOf(event.structureId()).stream().map(Objective::id).toList();
        removed.forEach(objectives::remove);
        phases.values().removeIf(phase -> removed.contains(phase.objectiveId()));
        structures.remove(event.structureId());
    }

    /** A head assigned to a structure this version does not have (added in a later draft) changes nothing here. */
    void apply(StructureHeadAssigned event) {
        structures.computeIfPresent(event.structureId(),
                (id, structure) -> structure.headedBy(event.userId(), event.name(), event.title()));
    }

    void apply(StrategicContextSet event) {
        StrategicContext context = new StrategicContext(event.strategicLine(), event.strategicObjective(),
                event.missionCode(), event.operationalObjective());
        structures.put(event.structureId(), structures.get(event.structureId()).withContext(context));
    }

    void apply(CommonStrategicContextSet event) {
        commonContext = new StrategicContext(event.strategicLine(), event.strategicObjective(), event.missionCode(),
                event.operationalObjective());
    }

    void apply(ObjectiveDefined event) {
        objectives.put(event.objectiveId(), Objective.definedBy(event));
        usedIds.add(event.objectiveId().value());
    }

    void apply(CommonObjectiveDefined event) {
        objectives.put(event.objectiveId(), Objective.definedBy(event));
        usedIds.add(event.objectiveId().value());
    }

    void apply(ObjectiveWeightChanged event) {
        objectives.put(event.objectiveId(), objectives.get(event.objectiveId()).reweighted(event.weight(), event.revision()));
    }

    void apply(ObjectiveRevised event) {
        objectives.put(event.objectiveId(), objectives.get(event.objectiveId()).revisedBy(event));
    }

    void apply(ObjectiveRemoved event) {
        objectives.remove(event.objectiveId());
        phases.values().removeIf(phase -> phase.objectiveId().equals(event.objectiveId()));
    }

    void apply(PhaseDefined event) {
        phases.put(event.phaseId(), Phase.definedBy(event));
        usedIds.add(event.phaseId().value());
    }

    void apply(PhaseWeightChanged event) {
        phases.put(event.phaseId(), phases.get(event.phaseId()).reweighted(event.weight(), event.revision()));
    }

    void apply(PhaseRevised event) {
        phases.put(event.phaseId(), phases.get(event.phaseId()).revisedBy(event));
    }

    void apply(PhaseRemoved event) {
        phases.remove(event.phaseId());
    }
}
