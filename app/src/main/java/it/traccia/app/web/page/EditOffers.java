package it.traccia.app.web.page;

import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StructureView;

/**
 * Which edits a page offers the user (modifiche proposte): on a draft, the Segretario everything, a Responsabile the
 * objectives and phases of the structures they head. This only decides which buttons to show; the plan decides, on
 * every command, what is allowed, and a page shows its refusal like any other.
 */
public record EditOffers(Actor actor, PlanView plan) {

    public boolean draft() {
        return plan.status() == PlanStatus.DRAFT;
    }

    /** The plan's own parts: structures, their heads and context, the common objectives. */
    public boolean planParts() {
        return draft() && actor.role() == Role.SEGRETARIO;
    }

    /** A variation (variazione) of the adopted plan, which only the Segretario opens. */
    public boolean variation() {
        return plan.status() == PlanStatus.ADOPTED && actor.role() == Role.SEGRETARIO;
    }

    /** The objectives and phases of this structure. */
    public boolean structure(StructureView structure) {
        return planParts() || draft() && actor.role() == Role.RESPONSABILE && actor.userId().equals(structure.headUserId());
    }
}
