/**
 * Import of a draft plan (bozza) written in Word: reads the .docx or its text export into the same rows, then one
 * interpreter turns the rows into an {@link it.traccia.kernel.plan.importing.ImportResult} with every finding (rilievo).
 */
package it.traccia.plan.command.importing;
