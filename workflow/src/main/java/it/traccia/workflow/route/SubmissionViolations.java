package it.traccia.workflow.route;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.rule.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The violations of a completeness check (violazioni della verifica) as the process keeps them: a JSON array in UTF-8
 * bytes, since a Camunda String variable holds at most 4,000 characters and a plan may break many rules.
 */
public final class SubmissionViolations {

    private static final TypeReference<List<Violation>> LIST_OF_VIOLATIONS = new TypeReference<>() {
    };

    private SubmissionViolations() {
    }

    public static byte[] write(ObjectMapper json, List<Violation> violations) {
        try {
            return json.writeValueAsBytes(violations);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the violations of a completeness check", failure);
        }
    }

    /** The violations written by {@link #write}; none for a missing variable. */
    public static List<Violation> read(ObjectMapper json, byte[] written) {
        if (written == null) {
            return List.of();
        }
        try {
            return json.readValue(written, LIST_OF_VIOLATIONS);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read the violations of a completeness check", failure);
        }
    }
}
