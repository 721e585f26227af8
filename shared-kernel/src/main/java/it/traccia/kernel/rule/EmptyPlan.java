package it.traccia.kernel.rule;

/** A plan without a single objective (piano vuoto). */
public final class EmptyPlan extends SubmissionRule {

    public EmptyPlan() {
        super("objectives", "Il piano non ha alcun obiettivo");
    }
}
