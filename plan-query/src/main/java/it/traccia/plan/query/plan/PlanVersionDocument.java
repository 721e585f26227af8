package it.traccia.plan.query.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An adopted version of a plan (versione adottata), frozen: the whole {@link PlanDocument} as it stood right after the
 * Giunta adopted it, keyed by {@code <planId>:<version>}. Written once, by an upsert that only inserts, and never changed:
 * the draft of the next version is edited in {@code plans} alone.
 */
@Document(PlanVersionDocument.COLLECTION)
public record PlanVersionDocument(
        @Id String id,
        String planId,
        String organisation,
        int version,
        PlanDocument plan) {

    /** The MongoDB collection of adopted, frozen versions. */
    public static final String COLLECTION = "plan_versions";

    /** The frozen copy of the plan as it now stands, under its current version. */
    static PlanVersionDocument frozen(PlanDocument plan) {
        return new PlanVersionDocument(idOf(plan.id(), plan.version()), plan.id(), plan.organisation(), plan.version(), plan);
    }

    /** The key of one version of one plan, e.g. {@code monte-cremasco-2026:1}. */
    static String idOf(String planId, int version) {
        return planId + ":" + version;
    }
}
