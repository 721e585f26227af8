package it.traccia.app.web.page;

import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The refusals of one form (errori del modulo), as the page shows them: the API's Italian message beside each field
 * the form has, and the others above the form. Built from the same violations the API answers in its problem detail.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    private FormErrors() {
    }

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The violations of a refusal, each beside its field when the form has one of that name. */
    public static FormErrors of(RuleViolation refusal, Set<String> formFields) {
        FormErrors errors = new FormErrors();
        for (Violation violation : refusal.violations()) {
            if (violation.field() != null && formFields.contains(violation.field())) {
                errors.byField.merge(violation.field(), violation.message(), (first, next) -> first + "; " + next);
            } else {
                errors.general.add(violation.message());
            }
        }
        return errors;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public List<String> general() {
        return List.copyOf(general);
    }
}
