package it.traccia.app.infrastructure;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's unique-key violation (SQLSTATE 23505), also when the driver wraps it in a batch failure, so
 * that Axon reports a racing command or a second plan for the same id as a concurrency conflict, not a store failure.
 */
@Component
public class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    /** Looks at the failure and at the chain of next exceptions a batch failure carries. */
    private static boolean isUniqueViolation(SQLException failure) {
        for (SQLException next = failure; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
