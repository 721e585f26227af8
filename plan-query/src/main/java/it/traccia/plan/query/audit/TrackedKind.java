package it.traccia.plan.query.audit;

/**
 * What a tracked part of the plan is: the plan itself, a structure (struttura), the common objectives as a whole (obiettivi
 * comuni, whose strategic context is tracked under the plan's id), an objective (obiettivo) or a phase (fase).
 */
enum TrackedKind {
    PLAN,
    STRUCTURE,
    COMMON_OBJECTIVES,
    OBJECTIVE,
    PHASE
}
