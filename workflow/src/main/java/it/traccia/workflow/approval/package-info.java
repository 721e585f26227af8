/** The approval of a plan's first version (approvazione del piano): its process, deadline timers and starter. */
package it.traccia.workflow.approval;
