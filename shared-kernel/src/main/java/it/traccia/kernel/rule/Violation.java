package it.traccia.kernel.rule;

/**
 * One broken rule as reported to the user (violazione): the field it concerns, its stable code and a message in Italian.
 *
 * @param field   the request or command field, or {@code null} when the rule concerns the whole request
 * @param code    the stable code, the simple name of the {@link RuleViolation} subclass
 * @param message what is wrong, in the user's words
 */
public record Violation(String field, String code, String message) {
}
