package it.traccia.kernel.rule;

/** A second plan for the same organisation (ente) and year. */
public final class PlanAlreadyExists extends RuleViolation {

    public PlanAlreadyExists(String organisation, int year) {
        super(Refusal.CONFLICT, "organisation", "Esiste già un piano " + year + " per " + organisation);
    }
}
