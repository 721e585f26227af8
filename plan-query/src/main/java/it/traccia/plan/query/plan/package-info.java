/** The current plan as a tree (piano corrente): its projection into MongoDB and the answer to {@code FindPlanQuery}. */
package it.traccia.plan.query.plan;
