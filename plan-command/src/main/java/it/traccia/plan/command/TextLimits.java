package it.traccia.plan.command;

/**
 * The longest texts (lunghezze massime) the plan accepts, public so that an importer can report an over-long cell as a
 * finding instead of sending a command the plan would refuse.
 */
public final class TextLimits {

    /** Names, heads and their titles, numbers, the organisation and its provincia. */
    public static final int SHORT_TEXT = 200;
    /** Descriptions, indicators, targets and the strategic context. */
    public static final int LONG_TEXT = 4000;

    private TextLimits() {
    }
}
