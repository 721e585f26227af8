package it.traccia.app.web.page;

import java.util.List;

/** One field of a page's form as the page declares it (campo), before it is drawn with its value and refusal. */
record FieldSpec(String name, String labelKey, FormField.Kind kind, boolean required,
                     List<FormField.Choice> choices) {

    static FieldSpec text(String name, String labelKey, boolean required) {
        return new FieldSpec(name, labelKey, FormField.Kind.TEXT, required, List.of());
    }

    static FieldSpec textarea(String name, String labelKey, boolean required) {
        return new FieldSpec(name, labelKey, FormField.Kind.TEXTAREA, required, List.of());
    }

    static FieldSpec date(String name, String labelKey) {
        return new FieldSpec(name, labelKey, FormField.Kind.DATE, false, List.of());
    }

    static FieldSpec choice(String name, String labelKey, List<FormField.Choice> choices) {
        return new FieldSpec(name, labelKey, FormField.Kind.CHOICE, true, choices);
    }

    static FieldSpec hidden(String name) {
        return new FieldSpec(name, null, FormField.Kind.HIDDEN, false, List.of());
    }
}

