package it.traccia.kernel;

/** Keys of the metadata the plan puts on every event it applies. */
public final class PlanMetaData {

    /** The name of the organisation (ente) the plan belongs to, as registered: every event and read model carries it. */
    public static final String ORGANISATION = "organisation";
    /** The id of that organisation, by which read models decide who may read the plan. */
    public static final String ORGANISATION_ID = "organisationId";

    private PlanMetaData() {
    }
}
