package it.traccia.kernel.rule;

/** What kind of refusal a rule violation is; the web layer maps each to one HTTP status. */
public enum Refusal {
    /** The input breaks a rule of the plan (HTTP 422). */
    INVALID,
    /** The plan or one of its parts does not exist (HTTP 404). */
    NOT_FOUND,
    /** The change collides with the current state or with someone else's change (HTTP 409). */
    CONFLICT,
    /** The actor's role may not do this (HTTP 403). */
    FORBIDDEN,
    /** The input is larger than Traccia accepts (HTTP 413). */
    TOO_LARGE
}
