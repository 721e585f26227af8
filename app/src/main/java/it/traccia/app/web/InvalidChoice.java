package it.traccia.app.web;

import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value that must be one of a fixed list (valore non ammesso), such as the kind of an objective. */
public final class InvalidChoice extends RuleViolation {

    public InvalidChoice(String field, String value, Enum<?>[] allowed) {
        super(Refusal.INVALID, field, "Il valore '" + value + "' non è ammesso: usare uno fra "
                + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
