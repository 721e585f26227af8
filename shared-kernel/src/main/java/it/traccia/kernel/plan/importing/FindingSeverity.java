package it.traccia.kernel.plan.importing;

/** How serious a finding (rilievo) is: an error blocks submission to the Giunta, a warning does not. */
public enum FindingSeverity {
    ERROR,
    WARNING
}
