package it.traccia.plan.query.weights;

/** The label (etichetta) of a structure, objective or phase, e.g. "Segreteria › obiettivo 6", remembered by its id. */
record SubjectLabel(Kind kind, String id, String label) {

    /** What the label names. */
    enum Kind {
        STRUCTURE,
        OBJECTIVE,
        PHASE
    }

    boolean is(Kind kind, String id) {
        return this.kind == kind && this.id.equals(id);
    }
}
