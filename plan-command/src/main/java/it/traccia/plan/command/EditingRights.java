package it.traccia.plan.command;

import static it.traccia.plan.command.Fields.required;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.Memberships;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.kernel.rule.NotHeadOfStructure;
import it.traccia.kernel.rule.UnknownPlan;

import java.util.Set;

/**
 * Who may act on one plan (diritti sul piano), asked of the memberships of its organisation (ente) on every command:
 * a user with no role there does not see the plan at all ({@link UnknownPlan}); a user must hold the role they act
 * in; the Segretario edits everything; a Responsabile edits the objectives and phases of the structures they head and
 * nothing else; the Giunta records its decisions; Traccia itself records the facts no person decides.
 */
final class EditingRights {

    private final PlanId planId;
    private final OrganisationId organisationId;

    EditingRights(PlanId planId, OrganisationId organisationId) {
        this.planId = planId;
        this.organisationId = organisationId;
    }

    /** Only the Segretario of the organisation may open its plan: checked before the plan exists. */
    static void requireSegretarioOf(OrganisationId organisationId, Actor actor, Memberships memberships, String action) {
        required("organisationId", organisationId);
        Set<Role> held = memberships.rolesIn(organisationId, required("actor", actor).userId());
        if (actor.role() != Role.SEGRETARIO || !held.contains(Role.SEGRETARIO)) {
            throw new NotAllowed(actor.role().name(), action + ": solo il Segretario dell'ente può farlo");
        }
    }

    void requireSegretario(Actor actor, Memberships memberships, String action) {
        requireRole(Role.SEGRETARIO, actor, memberships, action);
    }

    /** The actor holds {@code role} in the plan's organisation and acts in it. */
    void requireRole(Role role, Actor actor, Memberships memberships, String action) {
        requireMemberActingInAHeldRole(actor, memberships);
        if (actor.role() != role) {
            throw new NotAllowed(actor.role().name(), action);
        }
    }

    /** Traccia itself, never a person, records the facts no one decides, such as a deadline passing. */
    void requireTraccia(Actor actor, String action) {
        if (required("actor", actor).role() != Role.SYSTEM) {
            throw new NotAllowed(actor.role().name(), action);
        }
    }

    /** The Segretario, or a Responsabile of the organisation (who must then head what they edit). */
    void requireEditor(Actor actor, Memberships memberships, String action) {
        requireMemberActingInAHeldRole(actor, memberships);
        if (!actor.mayEditPlans()) {
            throw new NotAllowed(actor.role().name(), action);
        }
    }

    /** The Segretario edits every structure; a Responsabile only one they head. */
    void requireEditorOf(Structure structure, Actor actor, Memberships memberships, String action) {
        requireEditor(actor, memberships, action);
        if (actor.role() == Role.RESPONSABILE && !structure.isHeadedBy(actor.userId())) {
            throw new NotHeadOfStructure(actor.userId(), structure.name());
        }
    }

    /** The head of the objective's structure, or the Segretario, edits it; only the Segretario a common objective. */
    void requireEditorOf(Objective objective, PlanContents contents, Actor actor, Memberships memberships,
                         String action) {
        if (objective.isCommon()) {
            // Common objectives belong to no single structure.
            requireSegretario(actor, memberships, "modificare gli obiettivi comuni e le loro fasi");
        } else {
            requireEditorOf(contents.structureOf(objective), actor, memberships, action);
        }
    }

    /** Whether the user holds a role that may head a structure: Responsabile or Segretario of the organisation. */
    boolean mayHeadAStructure(String userId, Memberships memberships) {
        Set<Role> held = memberships.rolesIn(organisationId, userId);
        return held.contains(Role.RESPONSABILE) || held.contains(Role.SEGRETARIO);
    }

    /**
     * A user with no role in the organisation is told the plan does not exist, as a query would; a user who holds
     * roles there acts only in one of them. Traccia itself ({@link Role#SYSTEM}), which only Traccia's own code can
     * name, belongs to every organisation.
     */
    private void requireMemberActingInAHeldRole(Actor actor, Memberships memberships) {
        if (required("actor", actor).role() == Role.SYSTEM) {
            return;
        }
        Set<Role> held = memberships.rolesIn(organisationId, actor.userId());
        if (held.isEmpty()) {
            throw new UnknownPlan(planId.value());
        }
        if (!held.contains(actor.role())) {
            throw new NotAllowed(actor.role().name(), "agire con un ruolo che non ha in questo ente");
        }
    }
}
