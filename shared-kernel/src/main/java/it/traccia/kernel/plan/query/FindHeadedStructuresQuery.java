package it.traccia.kernel.plan.query;

/**
 * Asks for the structures a user heads (strutture di cui è responsabile), in every plan; answered with a
 * {@link HeadedStructuresView}.
 */
public record FindHeadedStructuresQuery(String userId) {
}
