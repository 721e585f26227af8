package it.traccia.plan.query.plan;

import it.traccia.kernel.PlanStatus;
import it.traccia.plan.query.ReadModelInconsistency;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The current plan (piano) as stored for reading: organisation and province, structures with their context, objectives and
 * phases, and the common objectives with their context (contesto comune), in the order they were defined; its status and
 * version, the adoption of this version (null until adopted) and the last deadline warning for it (null if none).
 * {@code lastSequence} is the last event applied, so a redelivery is ignored.
 */
@Document(PlanDocument.COLLECTION)
public final class PlanDocument {

    /** The MongoDB collection of current plans. */
    public static final String COLLECTION = "plans";

    @Id
    private final String id;
    private final String organisationId;
    private final String organisation;
    private final String province;
    private final int firstYear;
    private final int lastYear;
    private final int year;
    private PlanStatus status;
    private int version;
    private final List<StructureNode> structures;
    private StrategicContextNode commonContext;
    private final List<ObjectiveNode> commonObjectives;
    private long lastSequence;
    private Instant lastChangedAt;
    private AdoptionNode adoption;
    private ApprovalDeadlineNode approvalDeadline;

    PlanDocument(String id, String organisationId, String organisation, String province, int firstYear, int lastYear, int year, PlanStatus status,
                 int version, List<StructureNode> structures, StrategicContextNode commonContext,
                 List<ObjectiveNode> commonObjectives, long lastSequence, Instant lastChangedAt, AdoptionNode adoption,
                 ApprovalDeadlineNode approvalDeadline) {
        this.id = id;
        this.organisationId = organisationId;
        this.organisation = organisation;
        this.province = province;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.year = year;
        this.status = status;
        this.version = version;
        this.structures = structures == null ? new ArrayList<>() : new ArrayList<>(structures);
        this.commonContext = commonContext;
        this.commonObjectives = commonObjectives == null ? new ArrayList<>() : new ArrayList<>(commonObjectives);
        this.lastSequence = lastSequence;
        this.lastChangedAt = lastChangedAt;
        this.adoption = adoption;
        this.approvalDeadline = approvalDeadline;
    }

    /** A new draft plan, version 1, with nothing in it yet and no event applied; {@code province} may be null. */
    static PlanDocument draft(String id, String organisationId, String organisation, String province, int firstYear,
                              int lastYear, int year) {
        return new PlanDocument(id, organisationId, organisation, province, firstYear, lastYear, year, PlanStatus.DRAFT, 1,
                List.of(), null, List.of(), -1, null, null, null);
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void applied(long sequence, Instant occurredAt) {
        this.lastSequence = sequence;
        this.lastChangedAt = occurredAt;
    }

    /** The draft of {@code version} went to the Giunta (trasmesso alla Giunta). */
    void submit(int version) {
        this.status = PlanStatus.SUBMITTED;
        this.version = version;
    }

    /** The Giunta returned {@code version} with remarks: it is a draft again. */
    void returnToDraft(int version) {
        this.status = PlanStatus.DRAFT;
        this.version = version;
    }

    /** The Giunta adopted {@code version} with the delibera described by {@code adoption}. */
    void adopt(int version, AdoptionNode adoption) {
        this.status = PlanStatus.ADOPTED;
        this.version = version;
        this.adoption = adoption;
    }

    /** A variation opened the draft of {@code version}: neither adopted nor warned about yet. */
    void openVariation(int version) {
        this.status = PlanStatus.DRAFT;
        this.version = version;
        this.adoption = null;
        this.approvalDeadline = null;
    }

    /** Records the last warning about the deadline for adopting the current version. */
    void warnAboutDeadline(ApprovalDeadlineNode approvalDeadline) {
        this.approvalDeadline = approvalDeadline;
    }

    void addStructure(StructureNode structure) {
        structures.add(structure);
    }

    /** Sets the strategic context of the common objectives (contesto degli obiettivi comuni). */
    void setCommonContext(StrategicContextNode commonContext) {
        this.commonContext = commonContext;
    }

    void addCommonObjective(ObjectiveNode objective) {
        commonObjectives.add(objective);
    }

    /** The structure with this id, or {@link ReadModelInconsistency} when the plan never had it. */
    StructureNode structure(String structureId) {
        return structures.stream().filter(structure -> structure.id().equals(structureId)).findFirst()
                .orElseThrow(() -> unknown("structure", structureId));
    }

    /** The objective (of a structure or common) with this id, or {@link ReadModelInconsistency}. */
    ObjectiveNode objective(String objectiveId) {
        return allObjectives().filter(objective -> objective.id().equals(objectiveId)).findFirst()
                .orElseThrow(() -> unknown("objective", objectiveId));
    }

    /** The phase with this id, of any objective, or {@link ReadModelInconsistency}. */
    PhaseNode phase(String phaseId) {
        return allObjectives().flatMap(objective -> objective.phase(phaseId).stream()).findFirst()
                .orElseThrow(() -> unknown("phase", phaseId));
    }

    void removeObjective(String objectiveId) {
        objective(objectiveId);
        commonObjectives.removeIf(objective -> objective.id().equals(objectiveId));
        structures.forEach(structure -> structure.removeObjective(objectiveId));
    }

    void removeStructure(String structureId) {
        structure(structureId);
        structures.removeIf(structure -> structure.id().equals(structureId));
    }

    /** The structures of this plan that the user heads. */
    List<StructureNode> structuresHeadedBy(String userId) {
        return structures.stream().filter(structure -> userId.equals(structure.headUserId())).toList();
    }

    private ReadModelInconsistency unknown(String kind, String elementId) {
        return new ReadModelInconsistency("The plan " + id + " has no " + kind + " " + elementId);
    }

    private Stream<ObjectiveNode> allObjectives() {
        return Stream.concat(structures.stream().flatMap(structure -> structure.objectives().stream()), commonObjectives.stream());
    }

    String id() {
        return id;
    }

    String organisationId() {
        return organisationId;
    }

    String organisation() {
        return organisation;
    }

    String province() {
        return province;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    int year() {
        return year;
    }

    PlanStatus status() {
        return status;
    }

    int version() {
        return version;
    }

    List<StructureNode> structures() {
        return List.copyOf(structures);
    }

    StrategicContextNode commonContext() {
        return commonContext;
    }

    List<ObjectiveNode> commonObjectives() {
        return List.copyOf(commonObjectives);
    }

    long lastSequence() {
        return lastSequence;
    }

    Instant lastChangedAt() {
        return lastChangedAt;
    }

    AdoptionNode adoption() {
        return adoption;
    }

    ApprovalDeadlineNode approvalDeadline() {
        return approvalDeadline;
    }
}
