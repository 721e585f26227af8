package it.traccia.kernel.plan.query;

/** A structure a user heads (struttura di cui è responsabile): in which plan of which organisation, and its name. */
public record HeadedStructureView(String organisationId, String planId, String structureId, String name) {
}
