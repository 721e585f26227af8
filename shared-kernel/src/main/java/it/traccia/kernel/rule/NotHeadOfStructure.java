package it.traccia.kernel.rule;

/** A Responsabile acting on a structure (struttura) they do not head: only its head or the Segretario may. */
public final class NotHeadOfStructure extends RuleViolation {

    public NotHeadOfStructure(String userId, String structure) {
        super(Refusal.FORBIDDEN, "structureId", "'" + Echo.of(userId) + "' non è responsabile della struttura '"
                + Echo.of(structure) + "': solo il suo responsabile o il Segretario possono modificarla");
    }
}
