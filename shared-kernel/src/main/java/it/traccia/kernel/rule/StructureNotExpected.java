package it.traccia.kernel.rule;

/** A structure named for an element that belongs to one already: only common elements are recorded per structure. */
public final class StructureNotExpected extends RuleViolation {

    public StructureNotExpected() {
        super(Refusal.INVALID, "structureId", "La struttura si indica solo per gli obiettivi comuni e le loro fasi, "
                + "che ogni struttura registra per sé: questo elemento appartiene già a una struttura");
    }
}
