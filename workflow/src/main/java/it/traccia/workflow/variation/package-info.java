/** The variation of an adopted plan (variazione del piano): its process, the delegate that opens it, its starter. */
package it.traccia.workflow.variation;
