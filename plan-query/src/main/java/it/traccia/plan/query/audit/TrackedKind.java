package it.traccia.plan.query.audit;

/** What a tracked part of the plan is: the plan itself, a structure (struttura), an objective (obiettivo) or a phase (fase). */
enum TrackedKind {
    PLAN,
    STRUCTURE,
    OBJECTIVE,
    PHASE
}
