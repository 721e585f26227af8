package it.traccia.kernel;

/** The role (ruolo) in which a person acts on a plan. */
public enum Role {
    /** Segretario comunale: coordinates, drafts, checks and submits the plan. */
    SEGRETARIO,
    /** Responsabile di area: edits the objectives of their structure and reports on them. */
    RESPONSABILE,
    /** Giunta comunale: approves or returns the plan. */
    GIUNTA,
    /** Nucleo di Valutazione / OIV: audits and validates; reads everything. */
    NDV,
    /** Traccia itself, for facts no person decided (a deadline passing). */
    SYSTEM
}
