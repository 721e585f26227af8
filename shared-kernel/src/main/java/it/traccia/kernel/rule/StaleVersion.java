package it.traccia.kernel.rule;

/** A step of the approval route based on an older version (versione) of the plan than the current one. */
public final class StaleVersion extends RuleViolation {

    public StaleVersion(int seen, int current) {
        super(Refusal.CONFLICT, "version", "Il piano è ora alla versione " + current + ", non alla " + seen
                + ": ricarica e riprova");
    }
}
