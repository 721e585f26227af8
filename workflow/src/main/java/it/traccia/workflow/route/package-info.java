/**
 * The route through the Giunta (iter in Giunta) shared by approval and variation: variable names, the delegates of
 * the common steps, and the idempotent start of a process.
 */
package it.traccia.workflow.route;
