package it.traccia.app.web.page;

import java.util.List;

/**
 * One field of a page's form (campo del modulo), as the form template draws it: its label, what it holds, and the
 * refusal beside it. The name is the API's field name, so that a refusal finds its field.
 *
 * @param choices the options of a {@link Kind#CHOICE}, empty otherwise
 * @param error   the Italian message of the refusal that concerns this field, or null
 */
public record FormField(String name, String label, Kind kind, boolean required, String hint, String value,
                        List<Choice> choices, String error) {

    /** How the field is drawn. */
    public enum Kind { TEXT, TEXTAREA, DATE, CHOICE, HIDDEN }

    /** One option of a choice: the value sent and the label read. */
    public record Choice(String value, String label) {
    }

    public String id() {
        return "campo-" + name;
    }

    public String errorId() {
        return "errore-" + name;
    }

    public String hintId() {
        return "aiuto-" + name;
    }

    /** What the field holds as people read it: the label of the chosen option for a choice, else the value itself. */
    public String shownValue() {
        if (kind == Kind.CHOICE) {
            return choices.stream().filter(choice -> choice.value().equals(value)).map(Choice::label).findFirst()
                    .orElse(value);
        }
        return value;
    }

    /** The ids that describe the control, for {@code aria-describedby}: its hint and its refusal; null if none. */
    public String describedBy() {
        String ids = ((hint != null ? hintId() + " " : "") + (error != null ? errorId() : "")).strip();
        return ids.isEmpty() ? null : ids;
    }
}
