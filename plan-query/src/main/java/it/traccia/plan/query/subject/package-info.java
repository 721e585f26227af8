/** The Italian labels that name what an event touched (oggetto), shared by the audit trail and the weight history. */
package it.traccia.plan.query.subject;
