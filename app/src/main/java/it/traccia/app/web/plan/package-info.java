/** HTTP resources of the plan: plans, structures, objectives, phases, their audit trail and weight history. */
package it.traccia.app.web.plan;
