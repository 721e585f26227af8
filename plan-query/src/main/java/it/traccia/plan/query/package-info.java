/**
 * The query side of the plan: projections of plan events into MongoDB read models (current plan and its adopted
 * versions, audit trail, weight history, import findings) and the handlers that answer queries on them.
 */
package it.traccia.plan.query;
