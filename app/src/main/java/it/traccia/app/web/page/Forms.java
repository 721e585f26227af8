package it.traccia.app.web.page;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws the pages' forms (moduli): each declared field with its Italian label and hint from {@code messages.properties},
 * what it holds and the refusal beside it, ready for {@code modulo.html}.
 */
@Component
class Forms {

    private final MessageSource messages;

    Forms(MessageSource messages) {
        this.messages = messages;
    }

    /** One whole form: title, what it does, its fields, the refusals, and who changed its element meanwhile. */
    EditForm form(String title, String lead, String action, List<FieldSpec> fields, Map<String, String> values,
                  FormErrors errors, String meanwhile, List<FormField> current, String submitKey, boolean removal,
                  String cancel) {
        return new EditForm(title, lead, action, drawn(fields, values, errors), errors.general(), meanwhile, current,
                text(submitKey), removal, cancel);
    }

    List<FormField> drawn(List<FieldSpec> fields, Map<String, String> values, FormErrors errors) {
        List<FormField> drawn = new ArrayList<>();
        for (FieldSpec field : fields) {
            String hint = field.labelKey() == null ? null
                    : messages.getMessage(field.labelKey() + ".hint", null, null, LocaleContextHolder.getLocale());
            drawn.add(new FormField(field.name(), field.kind() == FormField.Kind.HIDDEN ? null : text(field.labelKey()),
                    field.kind(), field.required(), hint, values.get(field.name()), field.choices(),
                    errors.of(field.name())));
        }
        return drawn;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
