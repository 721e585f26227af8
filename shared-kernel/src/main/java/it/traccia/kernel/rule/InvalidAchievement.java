package it.traccia.kernel.rule;

/** An achievement (grado di raggiungimento) outside 0–100, with more than two decimals, or not a number. */
public final class InvalidAchievement extends RuleViolation {

    private static final String RULE = "Il grado di raggiungimento deve essere un numero da 0 a 100 con al massimo due "
            + "decimali";

    public InvalidAchievement(String field, Object value) {
        super(Refusal.INVALID, field, RULE + ", non '" + Echo.of(value) + "'");
    }

    /** An achievement far too large or too fine to be repeated back, such as a number of a million digits. */
    public InvalidAchievement(String field) {
        super(Refusal.INVALID, field, RULE);
    }
}
