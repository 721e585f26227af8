package it.traccia.kernel.rule;

/** A mission (missione) code that is not one of the 23 budget missions of D.Lgs. 118/2011. */
public final class InvalidMissionCode extends RuleViolation {

    public InvalidMissionCode(String field, String value) {
        super(Refusal.INVALID, field, "La missione '" + Echo.of(value) + "' non è una delle 23 missioni del D.Lgs. 118/2011");
    }
}
