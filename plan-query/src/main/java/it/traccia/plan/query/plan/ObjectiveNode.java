package it.traccia.plan.query.plan;

import it.traccia.kernel.ObjectiveKind;
import it.traccia.plan.query.ReadModelInconsistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An objective (obiettivo gestionale) inside a {@link PlanDocument}, with its phases in the order they were defined.
 * The weight is kept as the exact decimal text; the deadline as an ISO date.
 */
final class ObjectiveNode {

    private final String id;
    private final String number;
    private ObjectiveKind kind;
    private String description;
    private String weight;
    private String indicators;
    private String targets;
    private String deadline;
    private long revision;
    private final List<PhaseNode> phases;

    ObjectiveNode(String id, String number, ObjectiveKind kind, String description, String weight, String indicators,
                  String targets, String deadline, long revision, List<PhaseNode> phases) {
        this.id = id;
        this.number = number;
        this.kind = kind;
        this.description = description;
        this.weight = weight;
        this.indicators = indicators;
        this.targets = targets;
        this.deadline = deadline;
        this.revision = revision;
        this.phases = phases == null ? new ArrayList<>() : new ArrayList<>(phases);
    }

    void revise(ObjectiveKind kind, String description, String indicators, String targets, String deadline, long revision) {
        this.kind = kind;
        this.description = description;
        this.indicators = indicators;
        this.targets = targets;
        this.deadline = deadline;
        this.revision = revision;
    }

    void changeWeight(String weight, long revision) {
        this.weight = weight;
        this.revision = revision;
    }

    void addPhase(PhaseNode phase) {
        phases.add(phase);
    }

    /** Removes the phase; a phase this objective does not have is a {@link ReadModelInconsistency}. */
    void removePhase(String phaseId) {
        if (!phases.removeIf(phase -> phase.id().equals(phaseId))) {
            throw new ReadModelInconsistency("The objective " + id + " has no phase " + phaseId);
        }
    }

    Optional<PhaseNode> phase(String phaseId) {
        return phases.stream().filter(phase -> phase.id().equals(phaseId)).findFirst();
    }

    String id() {
        return id;
    }

    String number() {
        return number;
    }

    ObjectiveKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    String weight() {
        return weight;
    }

    String indicators() {
        return indicators;
    }

    String targets() {
        return targets;
    }

    String deadline() {
        return deadline;
    }

    long revision() {
        return revision;
    }

    List<PhaseNode> phases() {
        return List.copyOf(phases);
    }
}
