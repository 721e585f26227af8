/** Who may read what on the read side (accesso in lettura): members of the plan's organisation only. */
package it.traccia.plan.query.access;
