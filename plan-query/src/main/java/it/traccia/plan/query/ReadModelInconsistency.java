package it.traccia.plan.query;

/**
 * An event that a read model cannot place (evento non collocabile), such as a change to a plan or an objective the
 * read model never saw defined. Thrown, never logged and skipped: the tracking processor stops on it and retries, and
 * the failure shows in the application's health, so that no read model silently misses an event.
 */
public class ReadModelInconsistency extends RuntimeException {

    public ReadModelInconsistency(String message) {
        super(message);
    }
}
