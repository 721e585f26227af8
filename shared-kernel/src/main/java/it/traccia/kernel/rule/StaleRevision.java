package it.traccia.kernel.rule;

/** A change based on an old revision (revisione) of an objective or phase, refused so that nobody overwrites another person's edit. */
public final class StaleRevision extends RuleViolation {

    public StaleRevision(long seen, long current) {
        super(Refusal.CONFLICT, "revision", "Questo elemento è stato modificato da altri: hai visto la revisione " + seen + ", ora è la " + current + ". Ricarica e riprova");
    }
}
