package it.traccia.kernel.rule;

/** A phase (fase) whose number does not start with its objective number. */
public final class PhaseNumberOutsideObjective extends RuleViolation {

    public PhaseNumberOutsideObjective(String field, String phaseNumber, String objectiveNumber) {
        super(Refusal.INVALID, field, "La fase '" + Echo.of(phaseNumber) + "' non appartiene all'obiettivo " + objectiveNumber + ": deve essere numerata " + objectiveNumber + ".N");
    }
}
