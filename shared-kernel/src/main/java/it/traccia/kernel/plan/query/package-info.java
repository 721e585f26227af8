/** Queries on the plan's read models and the views they return. */
package it.traccia.kernel.plan.query;
