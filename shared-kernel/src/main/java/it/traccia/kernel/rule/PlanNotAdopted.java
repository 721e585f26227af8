package it.traccia.kernel.rule;

/** A variation (variazione) asked for a plan that is not adopted, or monitoring for a plan never adopted. */
public final class PlanNotAdopted extends RuleViolation {

    public PlanNotAdopted(String status) {
        super(Refusal.CONFLICT, null, "Si può variare solo un piano adottato; questo è nello stato " + status);
    }

    private PlanNotAdopted(String status, String message) {
        super(Refusal.CONFLICT, null, message + status);
    }

    /** Monitoring concerns the version in force, and the Giunta has adopted none yet. */
    public static PlanNotAdopted forMonitoring(String status) {
        return new PlanNotAdopted(status, "Il monitoraggio riguarda il piano adottato, e questo piano non è mai stato "
                + "adottato dalla Giunta: è nello stato ");
    }
}
