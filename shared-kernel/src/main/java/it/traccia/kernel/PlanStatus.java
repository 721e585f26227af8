package it.traccia.kernel;

/** Where a plan stands in its cycle (stato del piano). */
public enum PlanStatus {
    /** Bozza: editable. */
    DRAFT,
    /** Trasmesso alla Giunta: frozen while the Giunta decides. */
    SUBMITTED,
    /** Adottato con delibera: changed only by a variation. */
    ADOPTED
}
