package it.traccia.kernel;

/**
 * The role (ruolo) in which a person acts. The first four are held in one organisation (ente) at a time, through a
 * membership; {@link #ADMIN} is held across the whole deployment; {@link #SYSTEM} is Traccia itself.
 */
public enum Role {
    /** Segretario comunale: coordinates, drafts, checks and submits the plan. */
    SEGRETARIO,
    /** Responsabile di area: edits the objectives of the structures they head and reports on them. */
    RESPONSABILE,
    /** Giunta comunale: approves or returns the plan. */
    GIUNTA,
    /** Nucleo di Valutazione / OIV: audits and validates; reads everything. */
    NDV,
    /** Amministratore di Traccia: manages organisations and memberships, reads no plan content. */
    ADMIN,
    /** Traccia itself, for facts no person decided (a deadline passing). */
    SYSTEM;

    /** Whether this role is held in one organisation through a membership (Segretario, Responsabile, Giunta, NdV). */
    public boolean isHeldInAnOrganisation() {
        return this != ADMIN && this != SYSTEM;
    }
}
