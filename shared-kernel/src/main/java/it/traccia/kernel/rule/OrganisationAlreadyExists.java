package it.traccia.kernel.rule;

/** A second organisation (ente) whose name, compared as {@code OrganisationNames} compares names, is already taken. */
public final class OrganisationAlreadyExists extends RuleViolation {

    public OrganisationAlreadyExists(String name) {
        super(Refusal.CONFLICT, "name", "L'ente '" + Echo.of(name) + "' è già registrato");
    }
}
