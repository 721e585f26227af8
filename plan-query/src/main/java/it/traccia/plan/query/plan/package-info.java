/**
 * The current plan as a tree (piano corrente) and its adopted versions, frozen (versioni adottate): their projection into
 * MongoDB and the answers to {@code FindPlanQuery}, {@code FindPlanVersionsQuery} and {@code FindPlanVersionQuery}.
 */
package it.traccia.plan.query.plan;
