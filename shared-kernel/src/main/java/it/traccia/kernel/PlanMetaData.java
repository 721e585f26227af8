package it.traccia.kernel;

/** Keys of the metadata the plan puts on every event it applies. */
public final class PlanMetaData {

    /** The organisation (ente) the plan belongs to: every event and read model carries it. */
    public static final String ORGANISATION = "organisation";

    private PlanMetaData() {
    }
}
