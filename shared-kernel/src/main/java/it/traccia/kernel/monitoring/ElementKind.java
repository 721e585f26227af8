package it.traccia.kernel.monitoring;

/** What a monitoring record concerns: a phase (fase) or an objective without phases (obiettivo). */
public enum ElementKind {
    PHASE,
    OBJECTIVE
}
