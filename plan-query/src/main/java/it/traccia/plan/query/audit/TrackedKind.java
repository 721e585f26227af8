package it.traccia.plan.query.audit;

/**
 * What a tracked part of the plan is: the plan itself, a structure (struttura), the common objectives as a whole (obiettivi
 * comuni, whose strategic context is tracked under the plan's id), an objective (obiettivo), a phase (fase), or a finding
 * of the plan's import (rilievo di importazione, tracked under its number).
 */
enum TrackedKind {
    PLAN,
    STRUCTURE,
    COMMON_OBJECTIVES,
    OBJECTIVE,
    PHASE,
    IMPORT_FINDING
}
