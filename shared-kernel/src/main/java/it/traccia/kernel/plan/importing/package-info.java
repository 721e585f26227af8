/** What an import of a Word-exported draft (bozza) reads: the plan as written, its source and its findings (rilievi). */
package it.traccia.kernel.plan.importing;
