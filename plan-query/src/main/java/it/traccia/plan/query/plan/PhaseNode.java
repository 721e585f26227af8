package it.traccia.plan.query.plan;

/**
 * A phase (fase) inside a {@link PlanDocument}; the weight is kept as the exact decimal text, the deadline as an ISO date.
 */
final class PhaseNode {

    private final String id;
    private final String number;
    private String description;
    private String weight;
    private String indicator;
    private String target;
    private String deadline;
    private long revision;

    PhaseNode(String id, String number, String description, String weight, String indicator, String target,
              String deadline, long revision) {
        this.id = id;
        this.number = number;
        this.description = description;
        this.weight = weight;
        this.indicator = indicator;
        this.target = target;
        this.deadline = deadline;
        this.revision = revision;
    }

    void revise(String description, String indicator, String target, String deadline, long revision) {
        this.description = description;
        this.indicator = indicator;
        this.target = target;
        this.deadline = deadline;
        this.revision = revision;
    }

    void changeWeight(String weight, long revision) {
        this.weight = weight;
        this.revision = revision;
    }

    String id() {
        return id;
    }

    String number() {
        return number;
    }

    String description() {
        return description;
    }

    String weight() {
        return weight;
    }

    String indicator() {
        return indicator;
    }

    String target() {
        return target;
    }

    String deadline() {
        return deadline;
    }

    long revision() {
        return revision;
    }
}
