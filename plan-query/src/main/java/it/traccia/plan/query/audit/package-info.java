/** The audit trail (storico delle modifiche): one entry per plan event saying who changed what, when, from what to what and why. */
package it.traccia.plan.query.audit;
