package it.traccia.plan.query.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A structure (struttura) inside a {@link PlanDocument}: name, head and the head's title (qualifica, null when not given)
 * as the plan prints them, the user who heads it (null until assigned), strategic context and objectives.
 */
final class StructureNode {

    private final String id;
    private final String name;
    private String head;
    private String headTitle;
    private String headUserId;
    private StrategicContextNode context;
    private final List<ObjectiveNode> objectives;

    StructureNode(String id, String name, String head, String headTitle, String headUserId, StrategicContextNode context,
                  List<ObjectiveNode> objectives) {
        this.id = id;
        this.name = name;
        this.head = head;
        this.headTitle = headTitle;
        this.headUserId = headUserId;
        this.context = context;
        this.objectives = objectives == null ? new ArrayList<>() : new ArrayList<>(objectives);
    }

    /** A structure just added, without context, objectives or assigned head; {@code headTitle} may be null. */
    static StructureNode added(String id, String name, String head, String headTitle) {
        return new StructureNode(id, name, head, headTitle, null, null, List.of());
    }

    /** The user now heading the structure, printed with this name and title. */
    void assignHead(String userId, String name, String title) {
        this.headUserId = userId;
        this.head = name;
        this.headTitle = title;
    }

    void setContext(StrategicContextNode context) {
        this.context = context;
    }

    void addObjective(ObjectiveNode objective) {
        objectives.add(objective);
    }

    void removeObjective(String objectiveId) {
        objectives.removeIf(objective -> objective.id().equals(objectiveId));
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String head() {
        return head;
    }

    String headTitle() {
        return headTitle;
    }

    String headUserId() {
        return headUserId;
    }

    StrategicContextNode context() {
        return context;
    }

    List<ObjectiveNode> objectives() {
        return List.copyOf(objectives);
    }
}
