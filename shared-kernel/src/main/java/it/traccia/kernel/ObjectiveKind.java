package it.traccia.kernel;

/** The kind (tipologia) of a management objective. */
public enum ObjectiveKind {
    /** Obiettivo obbligatorio di legge. */
    LEGAL_OBLIGATION,
    /** Obiettivo di sviluppo. */
    DEVELOPMENT,
    /** Obiettivo di mantenimento: keeps a service at its level. */
    MAINTENANCE
}
