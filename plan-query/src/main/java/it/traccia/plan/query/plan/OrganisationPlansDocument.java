package it.traccia.plan.query.plan;

import it.traccia.kernel.PlanStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The plans of one organisation (i piani di un ente), each summed up with its status, version and the users who head
 * its structures: the list of a user's plans and of the structures they head is read from these documents by
 * {@code _id}, one per organisation the user belongs to, never by scanning every plan.
 */
@Document(OrganisationPlansDocument.COLLECTION)
public final class OrganisationPlansDocument {

    /** The MongoDB collection of the plans by organisation. */
    public static final String COLLECTION = "organisation_plans";

    @Id
    private final String id;
    private final List<Summary> plans;

    OrganisationPlansDocument(String id, List<Summary> plans) {
        this.id = id;
        this.plans = plans == null ? new ArrayList<>() : new ArrayList<>(plans);
    }

    static OrganisationPlansDocument empty(String organisationId) {
        return new OrganisationPlansDocument(organisationId, List.of());
    }

    String id() {
        return id;
    }

    List<Summary> plans() {
        return List.copyOf(plans);
    }

    /** Puts the plan's summary in place of the one it had; answers whether anything changed. */
    boolean put(Summary summary) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).planId().equals(summary.planId())) {
                if (plans.get(i).equals(summary)) {
                    return false;
                }
                plans.set(i, summary);
                return true;
            }
        }
        plans.add(summary);
        return true;
    }

    /** What the list of plans shows of one plan, and who heads which of its structures. */
    record Summary(String planId, String organisation, int year, PlanStatus status, int version, List<Head> heads) {

        static Summary of(PlanDocument plan) {
            return new Summary(plan.id(), plan.organisation(), plan.year(), plan.status(), plan.version(),
                    plan.structures().stream()
                            .filter(structure -> structure.headUserId() != null)
                            .map(structure -> new Head(structure.id(), structure.name(), structure.headUserId()))
                            .toList());
        }
    }

    /** The user who heads a structure of the plan. */
    record Head(String structureId, String structureName, String userId) {
    }
}
