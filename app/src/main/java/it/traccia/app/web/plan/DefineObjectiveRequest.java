package it.traccia.app.web.plan;

/**
 * Body that defines an objective (obiettivo): weight as a decimal string or JSON number, deadline {@code yyyy-MM-dd},
 * kind one of {@code LEGAL_OBLIGATION}, {@code DEVELOPMENT}, {@code MAINTENANCE}.
 */
public record DefineObjectiveRequest(String number, String kind, String description, String weight, String indicators,
                                     String targets, String deadline) {
}
