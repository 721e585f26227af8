/** The monitoring read model (registrazioni del monitoraggio) and the progress of the plan in force. */
package it.traccia.plan.query.monitoring;
