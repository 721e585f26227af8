package it.traccia.kernel.rule;

/** A number that no finding (rilievo) of the plan's import has. */
public final class UnknownFinding extends RuleViolation {

    public UnknownFinding(int number) {
        super(Refusal.NOT_FOUND, "findingNumber", "L'importazione del piano non ha un rilievo numero " + number);
    }
}
